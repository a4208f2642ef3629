namespace Clipstream.Analytics;

/// <summary>Compliant: per-video numbers for the creator's video list.</summary>
public sealed class CreatorVideoStatsDto
{
    public Guid VideoId { get; init; }

    public required string Title { get; init; }

    public int Views { get; init; }

    public int UniqueViewers { get; init; }

    public int Likes { get; init; }

    public int DownloadCount { get; init; }

    public int DownloaderCount { get; init; }

    public int SaveCount { get; init; }

    public double CompletionRate { get; init; }

    public TimeSpan AverageWatchTime { get; init; }

    public required Dictionary<string, int> ViewsByCountry { get; init; }
}

/// <summary>Deliberate violation: a video's save activity as rows of (who, when). See <see cref="CreatorVideoStatsDto.SaveCount"/>.</summary>
public sealed class CreatorVideoActivityDto
{
    public Guid VideoId { get; init; }

    public required string Title { get; init; }

    // PRIV001: a tuple row with a UserId per save reveals who saved the video
    public required List<(Guid UserId, DateTimeOffset At)> Saves { get; init; }
}
