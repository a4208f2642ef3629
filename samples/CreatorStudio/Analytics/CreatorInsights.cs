using Clipstream.Common;

namespace Clipstream.Analytics;

/// <summary>A row about one person who watched a video. Not creator-facing itself; leaks once a creator type lists it.</summary>
public sealed class RecentViewer
{
    public Guid ViewerId { get; init; }

    public required string Handle { get; init; }

    public DateTimeOffset ViewedAt { get; init; }
}

/// <summary>Views of one day: a row about a date, not a person.</summary>
public sealed record DailyViews(DateOnly Day, int Views, int UniqueViewers);

/// <summary>Compliant: a paged view trend. The wrapper holds rows about days, not about people.</summary>
public sealed class CreatorViewTrendInsights
{
    public Guid VideoId { get; init; }

    public required PagedResult<DailyViews> Days { get; init; }
}

/// <summary>Deliberate violation: a page of the people who recently watched the video.</summary>
public sealed class CreatorVideoInsights
{
    public Guid VideoId { get; init; }

    public int Views { get; init; }

    public double CompletionRate { get; init; }

    // PRIV001: the page's Items are RecentViewer rows, each naming one viewer by id and handle
    public required PagedResult<RecentViewer> RecentViewers { get; init; }
}
