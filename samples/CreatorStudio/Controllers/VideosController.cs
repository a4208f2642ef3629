using Clipstream.Common;
using Clipstream.Data;
using Clipstream.Domain;
using Clipstream.Security;
using Clipstream.Services;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Clipstream.Controllers;

/// <summary>What anybody sees of a video: counts are public, who engaged is not.</summary>
public sealed record VideoDto(Guid Id, Guid CreatorId, string CreatorHandle, string Title, TimeSpan Duration, int Likes, DateTimeOffset PublishedAt);

public sealed record PublishVideoRequest(string Title, TimeSpan Duration);

[ApiController]
[Route("api/videos")]
public sealed class VideosController : ControllerBase
{
    private readonly InMemoryStore _store;
    private readonly EngagementService _engagement;
    private readonly DownloadService _downloads;

    public VideosController(InMemoryStore store, EngagementService engagement, DownloadService downloads)
    {
        _store = store;
        _engagement = engagement;
        _downloads = downloads;
    }

    [HttpGet]
    public ActionResult<PagedResult<VideoDto>> Feed(int page = 1, int pageSize = 20) =>
        Ok(PagedResult<VideoDto>.From(_store.ListVideos().Select(ToDto), page, pageSize));

    [HttpGet("{videoId:guid}")]
    public ActionResult<VideoDto> Get(Guid videoId) =>
        _store.FindVideo(videoId) is { } video ? Ok(ToDto(video)) : NotFound();

    [Authorize(Policy = Policies.CreatorOnly)]
    [HttpPost]
    public ActionResult<VideoDto> Publish(PublishVideoRequest request)
    {
        var video = new Video { CreatorId = User.GetUserId(), Title = request.Title, Duration = request.Duration };
        _store.AddVideo(video);
        return CreatedAtAction(nameof(Get), new { videoId = video.Id }, ToDto(video));
    }

    /// <summary>Like, or unlike when already liked. Only the like notifies the video's owner.</summary>
    [Authorize]
    [HttpPost("{videoId:guid}/like")]
    public async Task<ActionResult<LikeState>> ToggleLike(Guid videoId, CancellationToken cancellationToken)
    {
        if (_store.FindVideo(videoId) is null)
        {
            return NotFound();
        }

        return Ok(await _engagement.ToggleLikeAsync(User.GetUserId(), videoId, cancellationToken));
    }

    /// <summary>Save to, or remove from, the caller's private collection. Nobody is notified.</summary>
    [Authorize]
    [HttpPost("{videoId:guid}/save")]
    public ActionResult<SaveState> ToggleSave(Guid videoId)
    {
        if (_store.FindVideo(videoId) is null)
        {
            return NotFound();
        }

        return Ok(_engagement.ToggleSave(User.GetUserId(), videoId));
    }

    /// <summary>Request a watermarked copy. The caller is told when it is ready; the creator never is.</summary>
    [Authorize]
    [HttpPost("{videoId:guid}/downloads")]
    public async Task<ActionResult<DownloadStatusDto>> RequestDownload(Guid videoId, CancellationToken cancellationToken)
    {
        if (_store.FindVideo(videoId) is null)
        {
            return NotFound();
        }

        return Ok(await _downloads.RequestDownloadAsync(User.GetUserId(), videoId, cancellationToken));
    }

    private VideoDto ToDto(Video video) => new(
        video.Id,
        video.CreatorId,
        _store.FindUser(video.CreatorId)?.Handle ?? "unknown",
        video.Title,
        video.Duration,
        _store.CountLikes(video.Id),
        video.PublishedAt);
}
