namespace Clipstream.Studio;

// Everything in Clipstream.Studio is creator-facing through its namespace: a segment equal to "Studio".

/// <summary>Compliant: follower growth as numbers.</summary>
public sealed class AudienceGrowth
{
    public Guid CreatorId { get; init; }

    public long Followers { get; init; }

    public int NewFollowers { get; init; }

    public int Unfollows { get; init; }
}

/// <summary>Deliberate violation: the handles of the creator's newest followers.</summary>
public sealed class AudienceSnapshot
{
    public Guid CreatorId { get; init; }

    public long Followers { get; init; }

    // PRIV001: the handles of new followers name each of them
    public IReadOnlyList<string>? NewFollowerHandles { get; set; }
}
