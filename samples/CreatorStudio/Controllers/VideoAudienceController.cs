using Clipstream.Data;
using Clipstream.Domain;
using Clipstream.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Clipstream.Controllers;

/// <summary>
/// Who engaged with one of the creator's videos: the "legacy" actions answer with rows about people (PRIV005); the
/// others answer with counts, which is all a creator gets.
/// </summary>
[ApiController]
[Authorize(Policy = Policies.CreatorOnly)]
[Route("api/creator/videos/{videoId:guid}")]
public sealed class VideoAudienceController : ControllerBase
{
    private readonly InMemoryStore _store;

    public VideoAudienceController(InMemoryStore store) => _store = store;

    /// <summary>How many people liked the video, and how many of them still do.</summary>
    [HttpGet("likes/count")]
    public IActionResult LikeCount(Guid videoId) =>
        Ok(new { VideoId = videoId, Likes = _store.CountLikes(videoId), Unlikes = _store.LikeRemovalsOf([videoId]).Count });

    /// <summary>Unique viewers and views by country: aggregates and coarse dimensions.</summary>
    [HttpGet("viewers/count")]
    public IActionResult ViewerCount(Guid videoId)
    {
        var views = _store.ViewsOf([videoId]);
        return Ok(new
        {
            Views = views.Count,
            UniqueViewers = views.Select(v => v.ViewerId).Distinct().Count(),
            ViewsByCountry = views.GroupBy(v => v.Country).ToDictionary(g => g.Key, g => g.Count()),
        });
    }

    [HttpGet("legacy/likes")]
    public IActionResult LegacyLikes(Guid videoId)
    {
        var likes = _store.LikesOf([videoId]);
        // PRIV005: the like rows carry each liker's UserId
        return Ok(likes);
    }

    [HttpGet("legacy/savers")]
    // PRIV005: the declared payload is a list of user entities, the people who saved the video
    public ActionResult<List<ApplicationUser>> LegacySavers(Guid videoId) =>
        _store.SavesOf(videoId).Select(s => _store.FindUser(s.UserId)).OfType<ApplicationUser>().ToList();
}
