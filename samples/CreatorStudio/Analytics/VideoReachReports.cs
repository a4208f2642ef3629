using PrivacyAnalyzers;

namespace Clipstream.Analytics;

// Creator-facing through [CreatorFacing]: neither name contains "Creator", the attribute says who reads them.

/// <summary>Compliant: how far a video reached, in aggregates only.</summary>
[CreatorFacing]
public sealed class VideoReachReport
{
    public Guid VideoId { get; init; }

    public int TotalViews { get; init; }

    public int UniqueViewers { get; init; }

    public double CompletionRate { get; init; }

    public TimeSpan AverageWatchTime { get; init; }

    public required Dictionary<string, int> ViewsByCountry { get; init; }
}

/// <summary>Deliberate violation: the same report, but it lists who watched. See <see cref="VideoReachReport"/>.</summary>
[CreatorFacing]
public sealed class VideoAudienceReport
{
    public Guid VideoId { get; init; }

    public int TotalViews { get; init; }

    public int UniqueViewers { get; init; }

    // PRIV001: the ids of the people who watched the video tell the creator exactly who viewed it
    public required IReadOnlyList<Guid> ViewerIds { get; init; }
}
