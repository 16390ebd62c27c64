// Vite configuration of the bare reference page built by the benchmark (no plugin, relative base).
export default { base: './', logLevel: 'warn' }
