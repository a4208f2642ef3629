namespace Clipstream.Analytics;

/// <summary>Compliant: the retention curve counts viewers still watching at each second; nobody is named.</summary>
public sealed class CreatorRetentionStats
{
    public Guid VideoId { get; init; }

    public TimeSpan AverageWatchTime { get; init; }

    public double CompletionRate { get; init; }

    public required Dictionary<int, int> ViewersRemainingBySecond { get; init; }
}

/// <summary>Deliberate violation: watch time keyed by viewer.</summary>
public sealed class CreatorRetentionAnalytics
{
    public Guid VideoId { get; init; }

    public TimeSpan AverageWatchTime { get; init; }

    // PRIV001: keyed by viewer id, the dictionary tells the creator who watched and for how long
    public required Dictionary<Guid, int> WatchSecondsByViewerId { get; init; }
}
