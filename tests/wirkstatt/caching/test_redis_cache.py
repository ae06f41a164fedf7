"""The Redis cache backend: Django's, with one redis-py client per connection pool."""

from django.core.cache.backends.redis import RedisCache

from wirkstatt.caching.redis import PooledClientRedisCache


def test_it_keeps_one_client_per_pool_and_works_as_djangos(redis_url):
    options = {"KEY_PREFIX": "pooled-client-test"}
    cache, djangos = PooledClientRedisCache(redis_url, options), RedisCache(redis_url, options)
    try:
        assert cache._cache.get_client() is cache._cache.get_client(write=True)
        cache.set("greeting", {"de": "Hallo"}, 30)
        assert cache.get("greeting") == {"de": "Hallo"}
        assert cache.add("counter", 1)
        assert cache.incr("counter") == 2
        # Entries are written as Django's own backend writes them: both read each other.
        assert djangos.get("greeting") == {"de": "Hallo"}
        assert djangos.get("counter") == 2
    finally:
        cache.delete_many(["greeting", "counter"])
        for backend in (cache, djangos):
            for pool in backend._cache._pools.values():
                pool.disconnect()
