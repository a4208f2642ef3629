using Clipstream.Data;
using Clipstream.Domain;
using Clipstream.Notifications;

namespace Clipstream.Services;

public sealed record LikeState(bool Liked, int Likes);

public sealed record SaveState(bool Saved);

public sealed record FollowState(bool Following);

/// <summary>
/// Likes, follows, saves and views. Only positive public engagement (a like, a follow) notifies anyone;
/// unlike, unfollow, save and view notify nobody, and the creator only ever sees counts move.
/// </summary>
public sealed class EngagementService
{
    private readonly InMemoryStore _store;
    private readonly INotificationService _notifications;

    public EngagementService(InMemoryStore store, INotificationService notifications)
    {
        _store = store;
        _notifications = notifications;
    }

    /// <summary>Like or unlike, whichever the current state calls for.</summary>
    public async Task<LikeState> ToggleLikeAsync(Guid userId, Guid videoId, CancellationToken cancellationToken)
    {
        var video = _store.FindVideo(videoId) ?? throw new KeyNotFoundException($"Video {videoId} not found.");
        var existing = _store.FindLike(userId, videoId);
        if (existing is not null)
        {
            // Unlike is silent: nobody is told. The "liked your video" notification it once produced is withdrawn.
            _store.RemoveLike(existing);
            _notifications.RemoveForEngagement(existing.Id);
            return new LikeState(false, _store.CountLikes(videoId));
        }

        var like = new Like { UserId = userId, VideoId = videoId };
        _store.AddLike(like);
        var liker = _store.FindUser(userId);
        if (liker is not null && video.CreatorId != userId)
        {
            // A like is public engagement: the video's owner gets "@liker liked your video" over SignalR.
            await _notifications.SendAsync(video.CreatorId, InboxMessage.Liked(liker, video, like), cancellationToken);
        }

        return new LikeState(true, _store.CountLikes(videoId));
    }

    public async Task<FollowState> FollowAsync(Guid followerId, Guid creatorId, CancellationToken cancellationToken)
    {
        if (followerId == creatorId)
        {
            throw new InvalidOperationException("You cannot follow yourself.");
        }

        if (_store.FindActiveFollow(followerId, creatorId) is not null)
        {
            return new FollowState(true);
        }

        var follow = new Follow { FollowerId = followerId, CreatorId = creatorId };
        _store.AddFollow(follow);
        var follower = _store.FindUser(followerId);
        if (follower is not null)
        {
            await _notifications.SendAsync(creatorId, InboxMessage.Followed(follower, follow), cancellationToken);
        }

        return new FollowState(true);
    }

    /// <summary>Unfollow is silent: the creator's follower count drops, nobody is told who left.</summary>
    public FollowState Unfollow(Guid followerId, Guid creatorId)
    {
        var follow = _store.FindActiveFollow(followerId, creatorId);
        if (follow is not null)
        {
            _store.EndFollow(follow);
            _notifications.RemoveForEngagement(follow.Id);
        }

        return new FollowState(false);
    }

    /// <summary>Saves are private: the saver's own collection, a count for the creator, no notification either way.</summary>
    public SaveState ToggleSave(Guid userId, Guid videoId)
    {
        _ = _store.FindVideo(videoId) ?? throw new KeyNotFoundException($"Video {videoId} not found.");
        var existing = _store.FindSave(userId, videoId);
        if (existing is not null)
        {
            _store.RemoveSave(existing);
            return new SaveState(false);
        }

        _store.AddSave(new SavedVideo { UserId = userId, VideoId = videoId });
        return new SaveState(true);
    }

    /// <summary>Views are private: recorded for aggregates (views, watch time, completion, country), nothing more.</summary>
    public void RecordView(Guid videoId, Guid? viewerId, TimeSpan watchTime, string? country)
    {
        var video = _store.FindVideo(videoId) ?? throw new KeyNotFoundException($"Video {videoId} not found.");
        _store.AddView(new VideoView
        {
            VideoId = videoId,
            ViewerId = viewerId,
            WatchTime = watchTime < TimeSpan.Zero ? TimeSpan.Zero : watchTime,
            Completed = watchTime >= video.Duration,
            Country = string.IsNullOrWhiteSpace(country) ? "ZZ" : country.Trim().ToUpperInvariant(),
        });
    }
}
