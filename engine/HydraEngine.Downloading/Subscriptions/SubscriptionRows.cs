using HydraEngine.Downloading.State;
using HydraEngine.Downloading.Watchers;

namespace HydraEngine.Downloading.Subscriptions;

/// <summary>Row shapes of the subscription tables.</summary>
internal static class SubscriptionRows
{
    public const string SubscriptionColumns = "subscription_id, name, gug_name, checker, initial_file_limit, periodic_file_limit, paused, created";

    public const string QueryColumns = "query_id, subscription_id, query_text, display_name, status, paused, last_check, next_check, check_now, no_work_until, note, gallery_log_id, file_log_id";

    public sealed class SubscriptionRow
    {
        public long subscription_id { get; set; }
        public string name { get; set; } = "";
        public string gug_name { get; set; } = "";
        public string checker { get; set; } = "";
        public long? initial_file_limit { get; set; }
        public long? periodic_file_limit { get; set; }
        public long paused { get; set; }
        public long created { get; set; }

        public Subscription ToRecord(IReadOnlyList<SubscriptionQuery> queries) =>
            new(subscription_id, name, gug_name, CheckerJson.Read(checker), (int?)initial_file_limit, (int?)periodic_file_limit, paused != 0, created, queries);
    }

    public sealed class QueryRow
    {
        public long query_id { get; set; }
        public long subscription_id { get; set; }
        public string query_text { get; set; } = "";
        public string? display_name { get; set; }
        public long status { get; set; }
        public long paused { get; set; }
        public long last_check { get; set; }
        public long next_check { get; set; }
        public long check_now { get; set; }
        public long no_work_until { get; set; }
        public string note { get; set; } = "";
        public long gallery_log_id { get; set; }
        public long file_log_id { get; set; }

        public SubscriptionQuery ToRecord() =>
            new(query_id, subscription_id, query_text, display_name, (CheckingStatus)status, paused != 0, last_check, next_check, check_now != 0, no_work_until, note, gallery_log_id, file_log_id);
    }
}
