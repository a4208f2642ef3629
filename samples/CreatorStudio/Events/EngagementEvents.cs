namespace Clipstream.Events;

/// <summary>
/// The MediatR contract, declared here so the sample needs no package: a handler of one in-process event.
/// The privacy model reads any <c>I…Handler&lt;T&gt;</c> the same way, whichever library declares it.
/// </summary>
public interface INotificationHandler<in TNotification>
{
    Task Handle(TNotification notification, CancellationToken cancellationToken);
}

/// <summary>A follower left a creator. Negative engagement: nobody is told, the follower count drops.</summary>
public sealed record CreatorUnfollowed(Guid FollowerId, Guid CreatorId, DateTimeOffset At);

/// <summary>A video was saved to someone's private collection. Private engagement: the creator sees a count.</summary>
public sealed record VideoSaved(Guid UserId, Guid VideoId, Guid CreatorId, DateTimeOffset At);

/// <summary>The kinds of engagement a legacy activity record carries.</summary>
public enum EngagementKind
{
    Like,
    Unlike,
    Follow,
    Unfollow,
    Save,
    Download,
}

/// <summary>One engagement as the legacy activity pipeline records it.</summary>
public sealed record EngagementActivity(EngagementKind Kind, Guid ActorId, Guid CreatorId, Guid? VideoId, Guid EngagementId);
