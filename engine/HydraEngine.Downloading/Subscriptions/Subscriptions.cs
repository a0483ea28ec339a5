using Dapper;
using HydraEngine.Downloading.State;
using HydraEngine.Model.Network;
using static HydraEngine.Downloading.Subscriptions.SubscriptionRows;

namespace HydraEngine.Downloading.Subscriptions;

/// <summary>The subscription and subscription query rows.</summary>
internal sealed class Subscriptions(DownloadDatabase database, FileSeedLogs logs)
{
    public Subscription Add(string name, string gugName, CheckerOptions checker, int? initialLimit, int? periodicLimit, long now)
    {
        if (Find(name) is not null)
        {
            throw new DownloadException($"there is already a subscription named '{name}'");
        }

        var id = database.Write((db, transaction) => db.ExecuteScalar<long>(
            "INSERT INTO dl_subscriptions (name, gug_name, checker, initial_file_limit, periodic_file_limit, paused, created) VALUES (@name, @gugName, @checker, @initialLimit, @periodicLimit, 0, @now) RETURNING subscription_id",
            new { name, gugName, checker = CheckerJson.Write(checker), initialLimit, periodicLimit, now }, transaction));
        return Get(id)!;
    }

    /// <summary>Adds queries the subscription does not have yet; returns how many were added.</summary>
    public int AddQueries(long subscriptionId, IEnumerable<string> queryTexts, long now)
    {
        var existing = Get(subscriptionId)?.Queries.Select(query => query.QueryText).ToHashSet(StringComparer.Ordinal) ?? [];
        var added = 0;
        foreach (var text in queryTexts.Select(text => text.Trim()).Where(text => text.Length > 0).Distinct(StringComparer.Ordinal))
        {
            if (existing.Contains(text))
            {
                continue;
            }

            var galleryLog = logs.CreateLog("subscription: gallery", now);
            var fileLog = logs.CreateLog("subscription: files", now);
            database.Write((db, transaction) => db.Execute(
                "INSERT INTO dl_subscription_queries (subscription_id, query_text, gallery_log_id, file_log_id, status, paused, last_check, next_check, check_now, no_work_until, note) " +
                "VALUES (@subscriptionId, @text, @galleryLog, @fileLog, 0, 0, 0, 0, 0, 0, '')",
                new { subscriptionId, text, galleryLog, fileLog }, transaction));
            added++;
        }

        return added;
    }

    public Subscription? Get(long id) => database.Read(db =>
    {
        var row = db.QueryFirstOrDefault<SubscriptionRow>($"SELECT {SubscriptionColumns} FROM dl_subscriptions WHERE subscription_id = @id", new { id });
        return row?.ToRecord(db.Query<QueryRow>($"SELECT {QueryColumns} FROM dl_subscription_queries WHERE subscription_id = @id ORDER BY query_id", new { id }).Select(query => query.ToRecord()).ToList());
    });

    public Subscription? Find(string name) =>
        database.Read(db => db.ExecuteScalar<long?>("SELECT subscription_id FROM dl_subscriptions WHERE name = @name", new { name })) is { } id ? Get(id) : null;

    public IReadOnlyList<Subscription> All() =>
        database.Read(db => db.Query<long>("SELECT subscription_id FROM dl_subscriptions ORDER BY name").ToList()).Select(id => Get(id)!).ToList();

    public void SaveQuery(SubscriptionQuery query) => database.Write((db, transaction) => db.Execute(
        "UPDATE dl_subscription_queries SET subscription_id = @SubscriptionId, display_name = @DisplayName, status = @status, paused = @Paused, last_check = @LastCheck, " +
        "next_check = @NextCheck, check_now = @CheckNow, no_work_until = @NoWorkUntil, note = @Note WHERE query_id = @Id",
        new { query.SubscriptionId, query.DisplayName, status = (long)query.Status, query.Paused, query.LastCheck, query.NextCheck, query.CheckNow, query.NoWorkUntil, query.Note, query.Id },
        transaction));

    public void SetPaused(long subscriptionId, bool paused) => database.Write((db, transaction) =>
        db.Execute("UPDATE dl_subscriptions SET paused = @paused WHERE subscription_id = @subscriptionId", new { subscriptionId, paused }, transaction));

    public void Rename(long subscriptionId, string name) => database.Write((db, transaction) =>
        db.Execute("UPDATE dl_subscriptions SET name = @name WHERE subscription_id = @subscriptionId", new { subscriptionId, name }, transaction));

    /// <summary>Removes a subscription and its queries (their logs stay as history rows until the store is compacted).</summary>
    public void Remove(long subscriptionId) => database.Write((db, transaction) =>
    {
        db.Execute("DELETE FROM dl_subscription_queries WHERE subscription_id = @subscriptionId", new { subscriptionId }, transaction);
        db.Execute("DELETE FROM dl_subscriptions WHERE subscription_id = @subscriptionId", new { subscriptionId }, transaction);
    });

    public void DeleteQuery(long queryId) => database.Write((db, transaction) =>
        db.Execute("DELETE FROM dl_subscription_queries WHERE query_id = @queryId", new { queryId }, transaction));
}
