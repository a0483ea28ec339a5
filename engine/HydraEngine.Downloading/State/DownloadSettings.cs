using Dapper;

namespace HydraEngine.Downloading.State;

/// <summary>Small persisted switches (global pause, subscriptions pause).</summary>
internal sealed class DownloadSettings(DownloadDatabase database)
{
    public const string AllPausedKey = "all_paused";
    public const string SubscriptionsPausedKey = "subscriptions_paused";

    public bool GetBool(string key) => database.Read(db => db.ExecuteScalar<string?>("SELECT value FROM dl_settings WHERE key = @key", new { key })) == "1";

    public void SetBool(string key, bool value) => database.Write((db, transaction) =>
        db.Execute("INSERT INTO dl_settings (key, value) VALUES (@key, @value) ON CONFLICT (key) DO UPDATE SET value = excluded.value", new { key, value = value ? "1" : "0" }, transaction));
}
