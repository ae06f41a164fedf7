"""Django's Redis cache backend, keeping one redis-py client per connection pool, and
serving on when Redis cannot be reached.

One client per pool: Django's ``RedisCacheClient`` makes a new ``redis.Redis`` for every
cache operation, and redis-py's constructor rebuilds its table of about 170 response
callbacks each time (redis-py issue #3624; the fix, pull request #4124, is not released).
A page served from the cache makes five to seven cache calls, so that was about a quarter
of its time. A client is only a handle on its pool and safe to share between threads; the
pool itself reconnects after a fork.

Redis is a cache here, so its outage must not fail a request: every operation that cannot
reach it answers like a cache miss (reads find nothing, writes store nothing, counters
cannot be counted up), and pages are worked out from the database. For a few seconds after
a failure no call tries Redis at all, so that a request does not wait for its timeouts
again and again. What a write or an invalidation could not do is remembered and done first
when Redis answers again: entries written or deleted meanwhile are deleted (they may be
stale: a session ended by logging out, a page whose course changed) and counters that could
not be counted up are counted up, so that nothing stale is served after the outage.
"""

import logging
import threading
import time
from collections import Counter

from django.core.cache.backends.base import DEFAULT_TIMEOUT
from django.core.cache.backends.redis import RedisCache, RedisCacheClient
from redis.exceptions import ConnectionError as RedisConnectionError
from redis.exceptions import TimeoutError as RedisTimeoutError

logger = logging.getLogger(__name__)

UNREACHABLE = (RedisConnectionError, RedisTimeoutError, OSError)


#: Count up a counter that exists, in one round trip (Django asks EXISTS, then INCRBY).
INCR_EXISTING = """
if redis.call('EXISTS', KEYS[1]) == 1 then
    return redis.call('INCRBY', KEYS[1], ARGV[1])
end
return false
"""


class PooledClientRedisCacheClient(RedisCacheClient):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self._clients = {}
        self._incr_scripts = {}

    def get_client(self, key=None, *, write=False):
        pool = self._get_connection_pool(write)
        client = self._clients.get(pool)
        if client is None:
            client = self._clients.setdefault(pool, self._client(connection_pool=pool))
        return client

    def incr(self, key, delta):
        client = self.get_client(key, write=True)
        script = self._incr_scripts.get(client)
        if script is None:
            script = self._incr_scripts.setdefault(client, client.register_script(INCR_EXISTING))
        value = script(keys=[key], args=[delta])
        if value is None:
            raise ValueError(f"Key '{key}' not found.")
        return value


class CacheUnreachable(Exception):
    """Redis did not answer, or is resting after it did not."""


class PooledClientRedisCache(RedisCache):
    """Use as the cache ``BACKEND``; options as for Django's ``RedisCache``, plus
    ``RETRY_AFTER``: seconds without trying Redis after it failed (default 5)."""

    def __init__(self, server, params):
        super().__init__(server, params)
        self._class = PooledClientRedisCacheClient
        self.retry_after = float(params.get("RETRY_AFTER", 5))
        self._lock = threading.Lock()
        self._resting_until = 0.0
        self._stale_keys = set()  # written or deleted while Redis was away
        self._missed_increments = Counter()  # counters not counted up meanwhile

    # Reaching Redis ------------------------------------------------------------------------

    def _attempt(self, operation, *args):
        """Call operation against Redis, first catching up on what an outage left undone."""
        if time.monotonic() < self._resting_until:
            raise CacheUnreachable
        try:
            self._catch_up()
            return operation(*args)
        except UNREACHABLE as error:
            self._rest(error)
            raise CacheUnreachable from error

    def _rest(self, error):
        with self._lock:
            first = self._resting_until == 0.0
            self._resting_until = time.monotonic() + self.retry_after
        if first:
            logger.warning("The cache (Redis) cannot be reached, serving without it: %s", error)

    def _catch_up(self):
        with self._lock:
            if self._resting_until == 0.0:
                return
            stale, increments = set(self._stale_keys), Counter(self._missed_increments)
        if stale:
            self._cache.delete_many(list(stale))
        for key, delta in increments.items():
            try:
                self._cache.incr(key, delta)
            except ValueError:  # gone meanwhile: it starts afresh when next read
                pass
        with self._lock:
            self._stale_keys -= stale
            self._missed_increments -= increments
            self._resting_until = 0.0
        logger.warning("The cache (Redis) answers again; %d stale entries removed.", len(stale))

    def _left_stale(self, keys, version):
        with self._lock:
            self._stale_keys.update(self.make_and_validate_key(key, version) for key in keys)

    def ping(self):
        """Whether Redis answers now (for the health check; tries even while resting)."""
        try:
            return bool(self._cache.get_client().ping())
        except UNREACHABLE:
            return False

    # The cache API -------------------------------------------------------------------------

    def get(self, key, default=None, version=None):
        try:
            return self._attempt(super().get, key, default, version)
        except CacheUnreachable:
            return default

    def get_many(self, keys, version=None):
        try:
            return self._attempt(super().get_many, keys, version)
        except CacheUnreachable:
            return {}

    def has_key(self, key, version=None):
        try:
            return self._attempt(super().has_key, key, version)
        except CacheUnreachable:
            return False

    def add(self, key, value, timeout=DEFAULT_TIMEOUT, version=None):
        """Like Django's; while Redis is away it answers True, as if the entry had been
        stored. Its callers here take the first count of a rate limit or a short lock
        with it (allauth, django-ratelimit): they then let the request through rather
        than refuse everyone (allauth would wait a second for its lock, then answer 429)."""
        try:
            return self._attempt(super().add, key, value, timeout, version)
        except CacheUnreachable:
            self._left_stale([key], version)
            return True

    def set(self, key, value, timeout=DEFAULT_TIMEOUT, version=None):
        try:
            self._attempt(super().set, key, value, timeout, version)
        except CacheUnreachable:
            self._left_stale([key], version)

    def set_many(self, data, timeout=DEFAULT_TIMEOUT, version=None):
        try:
            return self._attempt(super().set_many, data, timeout, version)
        except CacheUnreachable:
            self._left_stale(data, version)
            return list(data)

    def touch(self, key, timeout=DEFAULT_TIMEOUT, version=None):
        try:
            return self._attempt(super().touch, key, timeout, version)
        except CacheUnreachable:
            return False

    def delete(self, key, version=None):
        try:
            return self._attempt(super().delete, key, version)
        except CacheUnreachable:
            self._left_stale([key], version)
            return False

    def delete_many(self, keys, version=None):
        try:
            self._attempt(super().delete_many, keys, version)
        except CacheUnreachable:
            self._left_stale(keys, version)

    def incr(self, key, delta=1, version=None):
        """Like Django's; while Redis is away the count is kept for later and ValueError
        raised, as for a counter that does not exist (rate limits let the request pass)."""
        try:
            return self._attempt(super().incr, key, delta, version)
        except CacheUnreachable:
            with self._lock:
                self._missed_increments[self.make_and_validate_key(key, version)] += delta
            raise ValueError(f"The counter {key!r} cannot be reached.") from None

    def clear(self):
        try:
            return self._attempt(super().clear)
        except CacheUnreachable:
            return False
