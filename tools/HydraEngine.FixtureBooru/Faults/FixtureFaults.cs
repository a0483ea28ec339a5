namespace HydraEngine.FixtureBooru.Faults;

/// <summary>
/// The server's fault switches, changeable at any time from any thread. Rules are tried in the order they were
/// added; the first that fires decides the fault (see <see cref="FaultRule"/> for the counting). The login
/// requirement is separate: while <see cref="RequireLogin"/> is on, pages and the API answer 403 to requests
/// without the session cookie (files stay open); the members area always needs it.
/// </summary>
public sealed class FixtureFaults
{
    private readonly object gate = new();
    private readonly List<RuleState> rules = [];
    private volatile bool requireLogin;

    public bool RequireLogin
    {
        get => requireLogin;
        set => requireLogin = value;
    }

    public IReadOnlyList<FaultRule> Rules
    {
        get
        {
            lock (gate)
            {
                return rules.Select(state => state.Rule).ToList();
            }
        }
    }

    /// <summary>How many faults the rules have injected since they were added.</summary>
    public int InjectedCount
    {
        get
        {
            lock (gate)
            {
                return rules.Sum(state => state.Injected);
            }
        }
    }

    /// <summary>Adds a rule after the existing ones; returns it.</summary>
    public FaultRule Add(FaultRule rule)
    {
        rule.Validate();
        lock (gate)
        {
            rules.Add(new RuleState(rule));
        }

        return rule;
    }

    /// <summary>Removes every rule and turns <see cref="RequireLogin"/> off.</summary>
    public void Clear()
    {
        lock (gate)
        {
            rules.Clear();
        }

        RequireLogin = false;
    }

    /// <summary>Counts the request against the rules; the rule that faults it, or null.</summary>
    internal FaultRule? Decide(FaultTarget area, string path, string pathAndQuery)
    {
        lock (gate)
        {
            foreach (var state in rules)
            {
                if (state.Applies(area, path) && state.Fires(pathAndQuery))
                {
                    return state.Rule;
                }
            }

            return null;
        }
    }

    private sealed class RuleState(FaultRule rule)
    {
        private readonly Dictionary<string, int> attemptsByUrl = new(StringComparer.Ordinal);
        private int seen;

        public FaultRule Rule => rule;

        public int Injected { get; private set; }

        public bool Applies(FaultTarget area, string path) =>
            (rule.Target & area) != 0 && (rule.PathPrefix is null || path.StartsWith(rule.PathPrefix, StringComparison.Ordinal));

        public bool Fires(string pathAndQuery)
        {
            bool fires;
            if (rule.EveryKth > 0)
            {
                seen++;
                fires = seen % rule.EveryKth == 0;
            }
            else
            {
                var attempt = attemptsByUrl.GetValueOrDefault(pathAndQuery) + 1;
                attemptsByUrl[pathAndQuery] = attempt;
                fires = attempt <= rule.FirstAttempts;
            }

            if (fires)
            {
                Injected++;
            }

            return fires;
        }
    }
}
