/// Spaces requests to the same host, so a batch of one site's stories does not hammer it.
actor HostRateLimiter {
    private let interval: Duration
    private var next: [String: ContinuousClock.Instant] = [:]

    init(seconds: Double) {
        interval = .milliseconds(Int64(max(0, seconds) * 1000))
    }

    /// Waits until `host` may be asked again, and books the following turn.
    func wait(for host: String) async {
        let clock = ContinuousClock()
        let now = clock.now
        let turn = max(now, next[host] ?? now)
        next[host] = turn + interval
        if turn > now { try? await Task.sleep(until: turn, clock: clock) }
    }
}
