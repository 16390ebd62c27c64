// fake-indexeddb gives the storage layer a real IndexedDB implementation outside the browser.
import 'fake-indexeddb/auto'
