using Clipstream.Domain;

namespace Clipstream.Notifications;

/// <summary>An item of a user's notification inbox, pushed live over SignalR.</summary>
public sealed record InboxMessage(
    Guid Id,
    string Kind,
    string Text,
    Guid? VideoId,
    Guid? EngagementId,
    DateTimeOffset CreatedAt)
{
    /// <summary>"@ben liked your video": likes are public engagement, the owner may be told.</summary>
    public static InboxMessage Liked(ApplicationUser liker, Video video, Like like) =>
        new(Guid.NewGuid(), "like", $"@{liker.Handle} liked your video \"{video.Title}\"", video.Id, like.Id, DateTimeOffset.UtcNow);

    /// <summary>"@cleo started following you": a follow is public engagement too.</summary>
    public static InboxMessage Followed(ApplicationUser follower, Follow follow) =>
        new(Guid.NewGuid(), "follow", $"@{follower.Handle} started following you", null, follow.Id, DateTimeOffset.UtcNow);

    /// <summary>"Your download is ready": for the downloader themself, never for the creator.</summary>
    public static InboxMessage DownloadReady(Video video, DownloadRecord download) =>
        new(Guid.NewGuid(), "download-ready", $"Your download of \"{video.Title}\" is ready", video.Id, download.Id, DateTimeOffset.UtcNow);
}
