using Clipstream.Notifications;

namespace Clipstream.Events;

/// <summary>
/// Deliberate violation (PRIV002): handles <see cref="CreatorUnfollowed"/> by telling the creator who left.
/// Never registered; <see cref="EngagementCountersHandler"/> is the compliant twin.
/// </summary>
public sealed class UnfollowedHandler : INotificationHandler<CreatorUnfollowed>
{
    private readonly INotificationService _notifications;

    public UnfollowedHandler(INotificationService notifications) => _notifications = notifications;

    public async Task Handle(CreatorUnfollowed notification, CancellationToken cancellationToken)
    {
        var message = new InboxMessage(Guid.NewGuid(), "unfollow", "Someone stopped following you", null, null, notification.At);
        // PRIV002: an unfollow is silent; this pushes "someone stopped following you" to the creator
        await _notifications.SendAsync(notification.CreatorId, message, cancellationToken);
    }
}

/// <summary>
/// Deliberate violation (PRIV003): handles <see cref="VideoSaved"/> by telling the video's creator about the save.
/// Never registered; <see cref="EngagementCountersHandler"/> is the compliant twin.
/// </summary>
public sealed class VideoSavedHandler : INotificationHandler<VideoSaved>
{
    private readonly INotificationService _notifications;

    public VideoSavedHandler(INotificationService notifications) => _notifications = notifications;

    public async Task Handle(VideoSaved notification, CancellationToken cancellationToken)
    {
        var message = new InboxMessage(Guid.NewGuid(), "save", "Someone saved your video", notification.VideoId, null, notification.At);
        // PRIV003: a save is private; this pushes "someone saved your video" to its creator
        await _notifications.SendAsync(notification.CreatorId, message, cancellationToken);
    }
}
