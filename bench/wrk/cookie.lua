-- Sends every request with the session cookie in BENCH_COOKIE (a signed-in learner).
wrk.headers["Cookie"] = os.getenv("BENCH_COOKIE")
