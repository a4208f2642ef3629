using Clipstream.Data;
using Clipstream.Domain;
using Clipstream.Notifications;
using Microsoft.AspNetCore.SignalR;

namespace Clipstream.Services;

/// <summary>
/// Deliberate violation (PRIV003): a download flow that pushes over SignalR directly, to the downloader (right) and to
/// the video's creator (wrong). Never registered in Program.cs; <see cref="DownloadService"/> is the compliant twin.
/// </summary>
public sealed class LeakyDownloadService
{
    private readonly InMemoryStore _store;
    private readonly IHubContext<NotificationHub> _hub;

    public LeakyDownloadService(InMemoryStore store, IHubContext<NotificationHub> hub)
    {
        _store = store;
        _hub = hub;
    }

    public async Task<DownloadStatusDto> DownloadVideoAsync(Guid downloaderId, Guid videoId, CancellationToken cancellationToken)
    {
        var video = _store.FindVideo(videoId) ?? throw new KeyNotFoundException($"Video {videoId} not found.");
        var download = new DownloadRecord { UserId = downloaderId, VideoId = videoId };
        _store.AddDownload(download);
        _store.CompleteDownload(download, $"/files/{download.Id:N}.mp4");

        // Compliant: "your download is ready" goes to the downloader themself.
        await _hub.Clients.User(downloaderId.ToString()).SendAsync("downloadReady", new { DownloadId = download.Id, download.FileUrl }, cancellationToken);

        // PRIV003: a download is private; this tells the video's creator that someone downloaded it
        await _hub.Clients.User(video.CreatorId.ToString()).SendAsync("videoDownloaded", new { VideoId = video.Id, video.Title }, cancellationToken);
        return new DownloadStatusDto(download.Id, download.VideoId, download.Status, download.FileUrl);
    }
}
