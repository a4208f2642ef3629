using Clipstream.Notifications;

namespace Clipstream.Events;

/// <summary>
/// Deliberate violations (PRIV002, PRIV003): a legacy dispatcher that turns every engagement activity into an inbox
/// message for the creator. Only the like and follow arm is right; the unlike/unfollow arm and the save/download arm
/// leak. Never registered: the app notifies from <c>EngagementService</c>, which only notifies on likes and follows.
/// </summary>
public sealed class LeakyActivityDispatcher
{
    private readonly INotificationService _notifications;

    public LeakyActivityDispatcher(INotificationService notifications) => _notifications = notifications;

    public async Task DispatchAsync(EngagementActivity activity, CancellationToken cancellationToken)
    {
        var message = new InboxMessage(Guid.NewGuid(), activity.Kind.ToString().ToLowerInvariant(), Describe(activity.Kind), activity.VideoId, activity.EngagementId, DateTimeOffset.UtcNow);
        switch (activity.Kind)
        {
            case EngagementKind.Like:
            case EngagementKind.Follow:
                // Public engagement: the creator may be told.
                await _notifications.SendAsync(activity.CreatorId, message, cancellationToken);
                break;
            case EngagementKind.Unlike:
            case EngagementKind.Unfollow:
                // PRIV002: negative engagement must notify nobody (withdraw the earlier notification instead)
                await _notifications.SendAsync(activity.CreatorId, message, cancellationToken);
                break;
            case EngagementKind.Save:
            case EngagementKind.Download:
                // PRIV003: private engagement must not reach the creator
                await _notifications.SendAsync(activity.CreatorId, message, cancellationToken);
                break;
        }
    }

    private static string Describe(EngagementKind kind) => kind switch
    {
        EngagementKind.Like => "Someone liked your video",
        EngagementKind.Unlike => "Someone unliked your video",
        EngagementKind.Follow => "You have a new follower",
        EngagementKind.Unfollow => "Someone stopped following you",
        EngagementKind.Save => "Someone saved your video",
        EngagementKind.Download => "Someone downloaded your video",
        _ => kind.ToString(),
    };
}
