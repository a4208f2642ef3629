using Clipstream.Data;
using Clipstream.Domain;
using Clipstream.Notifications;

namespace Clipstream.Services;

public sealed record DownloadStatusDto(Guid DownloadId, Guid VideoId, DownloadStatus Status, string? FileUrl);

/// <summary>
/// Downloads are private engagement: the creator sees a download count, never who, and is not notified.
/// The only message is "your download is ready", sent to the person who asked for it.
/// </summary>
public sealed class DownloadService
{
    private readonly InMemoryStore _store;
    private readonly INotificationService _notifications;

    public DownloadService(InMemoryStore store, INotificationService notifications)
    {
        _store = store;
        _notifications = notifications;
    }

    public async Task<DownloadStatusDto> RequestDownloadAsync(Guid downloaderId, Guid videoId, CancellationToken cancellationToken)
    {
        var video = _store.FindVideo(videoId) ?? throw new KeyNotFoundException($"Video {videoId} not found.");
        var download = new DownloadRecord { UserId = downloaderId, VideoId = videoId };
        _store.AddDownload(download);

        // The sample "renders" the watermarked copy at once; a real platform would queue a transcoding job.
        _store.CompleteDownload(download, $"/files/{download.Id:N}.mp4");

        // Addressed to the downloader themself, never to the video's creator. This method runs in a private event (its
        // name says Download), so the recipient is named for the person who acted: downloaderId, not download.UserId.
        await _notifications.SendAsync(downloaderId, InboxMessage.DownloadReady(video, download), cancellationToken);
        return ToDto(download);
    }

    /// <summary>The requester's own download; somebody else's is not found.</summary>
    public DownloadStatusDto? GetOwnDownload(Guid requesterId, Guid downloadId)
    {
        var download = _store.FindDownload(downloadId);
        return download is not null && download.UserId == requesterId ? ToDto(download) : null;
    }

    private static DownloadStatusDto ToDto(DownloadRecord download) =>
        new(download.Id, download.VideoId, download.Status, download.FileUrl);
}
