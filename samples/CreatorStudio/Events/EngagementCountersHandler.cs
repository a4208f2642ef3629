using System.Collections.Concurrent;

namespace Clipstream.Events;

/// <summary>
/// Compliant twin of <c>UnfollowedHandler</c> and <c>VideoSavedHandler</c>: it handles the same events and only moves
/// the counts a creator sees. Nobody is notified of an unfollow or a save.
/// </summary>
public sealed class EngagementCountersHandler : INotificationHandler<CreatorUnfollowed>, INotificationHandler<VideoSaved>
{
    private readonly ConcurrentDictionary<Guid, int> _unfollowsByCreator = new();
    private readonly ConcurrentDictionary<Guid, int> _savesByVideo = new();

    public Task Handle(CreatorUnfollowed notification, CancellationToken cancellationToken)
    {
        _unfollowsByCreator.AddOrUpdate(notification.CreatorId, 1, (_, count) => count + 1);
        return Task.CompletedTask;
    }

    public Task Handle(VideoSaved notification, CancellationToken cancellationToken)
    {
        _savesByVideo.AddOrUpdate(notification.VideoId, 1, (_, count) => count + 1);
        return Task.CompletedTask;
    }

    public int UnfollowsOf(Guid creatorId) => _unfollowsByCreator.GetValueOrDefault(creatorId);

    public int SavesOf(Guid videoId) => _savesByVideo.GetValueOrDefault(videoId);
}
