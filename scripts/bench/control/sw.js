// Precaches the control page and serves it from the cache, as CapSI's service worker does its files.
const FILES = ['./', './main.js']
self.addEventListener('install', (event) => {
  event.waitUntil(
    caches
      .open('temoin-1')
      .then((cache) => cache.addAll(FILES))
      .then(() => self.skipWaiting()),
  )
})
self.addEventListener('activate', (event) => event.waitUntil(self.clients.claim()))
self.addEventListener('fetch', (event) => {
  event.respondWith(caches.match(event.request).then((hit) => hit ?? fetch(event.request)))
})
