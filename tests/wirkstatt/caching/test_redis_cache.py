"""The Redis cache backend: Django's, with one redis-py client per connection pool."""

import pytest
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


def test_incr_counts_up_an_existing_counter_in_one_round_trip(redis_url):
    cache = PooledClientRedisCache(redis_url, {"KEY_PREFIX": "pooled-incr-test"})
    client = cache._cache.get_client(write=True)
    sent = []
    send = client.execute_command

    def counted(*args, **options):
        sent.append(args[0])
        return send(*args, **options)

    client.execute_command = counted
    try:
        with pytest.raises(ValueError):
            cache.incr("seats")  # as Django's: a counter that does not exist is not made
        assert cache.get("seats") is None
        cache.add("seats", 5)
        sent.clear()
        assert cache.incr("seats", 3) == 8
        assert sent == ["EVALSHA"]
        client.script_flush()  # Redis restarted: the script is loaded again
        assert cache.incr("seats") == 9
        assert cache.get("seats") == 9
    finally:
        del client.execute_command
        cache.delete("seats")
        for pool in cache._cache._pools.values():
            pool.disconnect()
