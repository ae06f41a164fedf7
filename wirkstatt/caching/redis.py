"""Django's Redis cache backend, keeping one redis-py client per connection pool.

Django's ``RedisCacheClient`` makes a new ``redis.Redis`` for every cache operation, and
redis-py's constructor rebuilds its table of about 170 response callbacks each time
(redis-py issue #3624; the fix, pull request #4124, is not released). A page served from
the cache makes five to seven cache calls, so that was about a quarter of its time. A
client is only a handle on its pool and safe to share between threads; the pool itself
reconnects after a fork.
"""

from django.core.cache.backends.redis import RedisCache, RedisCacheClient


class PooledClientRedisCacheClient(RedisCacheClient):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self._clients = {}

    def get_client(self, key=None, *, write=False):
        pool = self._get_connection_pool(write)
        client = self._clients.get(pool)
        if client is None:
            client = self._clients.setdefault(pool, self._client(connection_pool=pool))
        return client


class PooledClientRedisCache(RedisCache):
    """Use as the cache ``BACKEND``; options as for Django's ``RedisCache``."""

    def __init__(self, server, params):
        super().__init__(server, params)
        self._class = PooledClientRedisCacheClient
