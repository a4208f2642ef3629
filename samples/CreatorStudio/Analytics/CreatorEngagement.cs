using Clipstream.Domain;
using PrivacyAnalyzers;

namespace Clipstream.Analytics;

/// <summary>Compliant: likes and unlikes as numbers; the most engaged fan is a count, not a person.</summary>
public sealed class CreatorEngagementSummary
{
    public Guid CreatorId { get; init; }

    public int Likes { get; init; }

    public int Unlikes { get; init; }

    public int TopFanLikes { get; init; }

    public DateTimeOffset? FirstLikeAt { get; init; }
}

/// <summary>Deliberate violations: the same report, naming the top fan and the last person who unliked.</summary>
public sealed class CreatorEngagementReport
{
    public Guid CreatorId { get; init; }

    public int Likes { get; init; }

    public int Unlikes { get; init; }

    // PRIV001: the public uid of the creator's most active fan identifies that person
    public long TopFanUserId { get; init; }

    // PRIV001: the account of the last person who withdrew a like makes a silent unlike visible
    public ApplicationUser? LastUnliker { get; init; }
}

/// <summary>Deliberate violation: milestones of one video, including who liked it first.</summary>
public sealed class CreatorMilestoneSummary
{
    public Guid VideoId { get; init; }

    public DateTimeOffset? FirstLikeAt { get; init; }

    // PRIV001: marked [UserIdentifier]: the handle of the first person who liked the video (the name alone would not say so)
    [UserIdentifier]
    public string? FirstLiker { get; init; }
}
