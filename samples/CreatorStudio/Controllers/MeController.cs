using Clipstream.Data;
using Clipstream.Notifications;
using Clipstream.Security;
using Clipstream.Services;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Clipstream.Controllers;

public sealed record SavedVideoDto(Guid VideoId, string Title, DateTimeOffset SavedAt);

/// <summary>The caller's own data: their saves, their downloads, their notification inbox.</summary>
[ApiController]
[Authorize]
[Route("api/me")]
public sealed class MeController : ControllerBase
{
    private readonly InMemoryStore _store;
    private readonly DownloadService _downloads;
    private readonly INotificationService _notifications;

    public MeController(InMemoryStore store, DownloadService downloads, INotificationService notifications)
    {
        _store = store;
        _downloads = downloads;
        _notifications = notifications;
    }

    [HttpGet("saves")]
    public ActionResult<IReadOnlyList<SavedVideoDto>> SavedVideos() =>
        Ok(_store.SavesBy(User.GetUserId())
            .Select(s => new SavedVideoDto(s.VideoId, _store.FindVideo(s.VideoId)?.Title ?? "(removed)", s.SavedAt))
            .ToList());

    [HttpGet("downloads/{downloadId:guid}")]
    public ActionResult<DownloadStatusDto> DownloadStatus(Guid downloadId) =>
        _downloads.GetOwnDownload(User.GetUserId(), downloadId) is { } status ? Ok(status) : NotFound();

    [HttpGet("notifications")]
    public ActionResult<IReadOnlyList<InboxMessage>> Inbox() => Ok(_notifications.GetInbox(User.GetUserId()));
}
