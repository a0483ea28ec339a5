namespace HydraEngine.Abstractions;

/// <summary>Something the engine tells the user, e.g. that a subscription found new files.</summary>
/// <param name="Topic">What kind of news this is, e.g. <see cref="SubscriptionFoundFiles"/>; sinks may filter on it.</param>
/// <param name="Message">One line for people.</param>
/// <param name="Time">When it happened.</param>
public sealed record Notification(string Topic, string Message, DateTimeOffset Time)
{
    /// <summary>The topic of "subscription X found N new files".</summary>
    public const string SubscriptionFoundFiles = "subscription.found-files";
}

/// <summary>Receives notifications (e.g. writes them to a log, or sends them on).</summary>
public interface INotificationSink
{
    /// <summary>Handles one notification; called with a time limit, one at a time per sink.</summary>
    /// <param name="notification">The notification.</param>
    void Notify(Notification notification);
}
