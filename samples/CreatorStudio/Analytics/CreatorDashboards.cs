using Clipstream.Domain;

namespace Clipstream.Analytics;

// Creator-facing by naming convention: "Creator" + "...Response".

/// <summary>Compliant: the creator's own profile data (their id, handle, e-mail) plus aggregates.</summary>
public sealed class CreatorOverviewResponse
{
    public Guid CreatorId { get; init; }

    public required string Handle { get; init; }

    public required string Email { get; init; }

    public long Followers { get; init; }

    public long TotalViews { get; init; }

    public int DownloadCount { get; init; }

    public required IReadOnlyList<Guid> TopVideoIds { get; init; }
}

/// <summary>Deliberate violation: like <see cref="CreatorOverviewResponse"/>, but with the raw download records.</summary>
public sealed class CreatorDashboardResponse
{
    public Guid CreatorId { get; init; }

    public required string Handle { get; init; }

    public required string Email { get; init; }

    public long Followers { get; init; }

    public required IReadOnlyList<Guid> TopVideoIds { get; init; }

    // PRIV001: each DownloadRecord carries the UserId of whoever downloaded the video
    public required List<DownloadRecord> Downloads { get; init; }
}
