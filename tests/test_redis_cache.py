"""The Redis cache backend: Django's, with one redis-py client per connection pool."""

from django.core.cache.backends.redis import RedisCache

from wirkstatt.redis_cache import PooledClientRedisCache


def test_it_keeps_one_client_per_pool_and_works_as_djangos(redis_url):
    cache = PooledClientRedisCache(redis_url, {"KEY_PREFIX": "pooled-client-test"})
    try:
        assert cache._cache.get_client() is cache._cache.get_client(write=True)
        cache.set("greeting", {"de": "Hallo"}, 30)
        assert cache.get("greeting") == {"de": "Hallo"}
        assert cache.incr("counter", 1) if cache.add("counter", 1) else False
        # Entries are written as Django's own backend writes them: both read each other.
        djangos = RedisCache(redis_url, {"KEY_PREFIX": "pooled-client-test"})
        assert djangos.get("greeting") == {"de": "Hallo"}
        assert djangos.get("counter") == 2
    finally:
        cache.delete_many(["greeting", "counter"])
