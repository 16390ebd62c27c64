/** The checks of a questionnaire definition file: the second entry point of the feature, loaded on demand. */
export * from './definition-file'
export * from './validate'
