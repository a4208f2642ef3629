using Clipstream.Data;
using Clipstream.Domain;
using Clipstream.Notifications;
using PrivacyAnalyzers;

namespace Clipstream.Services;

/// <summary>An item of the legacy activity feed below: one message for one recipient.</summary>
public abstract record EngagementNotification(Guid RecipientId, Guid VideoId, string Text, DateTimeOffset CreatedAt);

/// <summary>"@ben liked your video": a like is public engagement, the video's creator may be told.</summary>
public sealed record LikeNotification(Guid RecipientId, Guid VideoId, string Text, DateTimeOffset CreatedAt)
    : EngagementNotification(RecipientId, VideoId, Text, CreatedAt);

/// <summary>"@ben unliked your video": must never exist. Only the leaky toggle below creates it.</summary>
public sealed record UnlikeNotification(Guid RecipientId, Guid VideoId, string Text, DateTimeOffset CreatedAt)
    : EngagementNotification(RecipientId, VideoId, Text, CreatedAt);

/// <summary>
/// Deliberate violations (PRIV002, PRIV003): the engagement flows of <see cref="EngagementService"/> written the way
/// the privacy model forbids. Never registered in Program.cs, so the running app stays compliant;
/// <see cref="EngagementService"/> is the compliant twin of every method here.
/// </summary>
public sealed class LeakyEngagementService
{
    private readonly InMemoryStore _store;
    private readonly INotificationService _notifications;
    private readonly List<EngagementNotification> _activityFeed = new();

    public LeakyEngagementService(InMemoryStore store, INotificationService notifications)
    {
        _store = store;
        _notifications = notifications;
    }

    /// <summary>Unlike that withdraws the earlier notification, as it should, and then announces the unlike.</summary>
    public async Task<LikeState> UnlikeAsync(Guid userId, Guid videoId, CancellationToken cancellationToken)
    {
        var video = _store.FindVideo(videoId) ?? throw new KeyNotFoundException($"Video {videoId} not found.");
        var like = _store.FindLike(userId, videoId);
        if (like is null)
        {
            return new LikeState(false, _store.CountLikes(videoId));
        }

        _store.RemoveLike(like);
        _notifications.RemoveForEngagement(like.Id);
        var unliker = _store.FindUser(userId);
        var message = new InboxMessage(Guid.NewGuid(), "unlike", $"@{unliker?.Handle} unliked your video \"{video.Title}\"", video.Id, like.Id, DateTimeOffset.UtcNow);
        // PRIV002: an unlike is silent; this tells the video's creator "@ben unliked your video"
        await _notifications.SendAsync(video.CreatorId, message, cancellationToken);
        return new LikeState(false, _store.CountLikes(videoId));
    }

    /// <summary>Follow, announced through the shared helper: public engagement, so this call is fine.</summary>
    public async Task<FollowState> FollowAsync(Guid followerId, Guid creatorId, CancellationToken cancellationToken)
    {
        if (_store.FindActiveFollow(followerId, creatorId) is null)
        {
            _store.AddFollow(new Follow { FollowerId = followerId, CreatorId = creatorId });
            var follower = _store.FindUser(followerId);
            await NotifyCreatorAsync(creatorId, "follow", $"@{follower?.Handle} started following you", cancellationToken);
        }

        return new FollowState(true);
    }

    /// <summary>Unfollow that reuses the follow flow's helper, so the creator hears about it.</summary>
    public async Task<FollowState> UnfollowAsync(Guid followerId, Guid creatorId, CancellationToken cancellationToken)
    {
        var follow = _store.FindActiveFollow(followerId, creatorId);
        if (follow is null)
        {
            return new FollowState(false);
        }

        _store.EndFollow(follow);
        var follower = _store.FindUser(followerId);
        // PRIV002: the shared helper sends a notification, and an unfollow must notify nobody
        await NotifyCreatorAsync(creatorId, "unfollow", $"@{follower?.Handle} stopped following you", cancellationToken);
        return new FollowState(false);
    }

    /// <summary>A like toggle that also writes the legacy activity feed, on both branches.</summary>
    public LikeState ToggleLikeWithActivityFeed(Guid userId, Guid videoId)
    {
        var video = _store.FindVideo(videoId) ?? throw new KeyNotFoundException($"Video {videoId} not found.");
        var handle = _store.FindUser(userId)?.Handle ?? "someone";
        var existing = _store.FindLike(userId, videoId);
        lock (_activityFeed)
        {
            if (existing is not null)
            {
                _store.RemoveLike(existing);
                // PRIV002: the removing branch of the toggle is an unlike, and it creates a notification for the creator
                _activityFeed.Add(new UnlikeNotification(video.CreatorId, video.Id, $"@{handle} unliked your video", DateTimeOffset.UtcNow));
            }
            else
            {
                _store.AddLike(new Like { UserId = userId, VideoId = videoId });
                // The adding branch is the like itself: public engagement, the creator may be told.
                _activityFeed.Add(new LikeNotification(video.CreatorId, video.Id, $"@{handle} liked your video", DateTimeOffset.UtcNow));
            }
        }

        return new LikeState(existing is null, _store.CountLikes(videoId));
    }

    /// <summary>Playback analytics hook: marked as a private event, yet it tells the creator.</summary>
    [PrivateEvent]
    public async Task OnPlaybackCompletedAsync(Guid viewerId, Guid videoId, CancellationToken cancellationToken)
    {
        var video = _store.FindVideo(videoId) ?? throw new KeyNotFoundException($"Video {videoId} not found.");
        var message = new InboxMessage(Guid.NewGuid(), "completed", $"Someone watched \"{video.Title}\" to the end", video.Id, null, DateTimeOffset.UtcNow);
        // PRIV003: a completed playback is a private event; the creator gets a count, not a message
        await _notifications.SendAsync(video.CreatorId, message, cancellationToken);
    }

    /// <summary>The follow flow's helper: fine on a follow, a leak wherever a negative path calls it.</summary>
    private Task NotifyCreatorAsync(Guid creatorId, string kind, string text, CancellationToken cancellationToken) =>
        _notifications.SendAsync(creatorId, new InboxMessage(Guid.NewGuid(), kind, text, null, null, DateTimeOffset.UtcNow), cancellationToken);
}
