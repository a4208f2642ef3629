using Clipstream.Community;
using Clipstream.Data;
using Clipstream.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Clipstream.Controllers;

/// <summary>
/// The public side of the platform: what any signed-in person may ask about others. Nothing here is for creators, so
/// PRIV001/PRIV005 have nothing to say; PRIV007 and PRIV008 judge what leaves for every caller.
/// </summary>
[ApiController]
[Authorize]
[Route("api/community")]
public sealed class CommunityController : ControllerBase
{
    private readonly InMemoryStore _store;
    private readonly NearbyIndex _nearby;

    public CommunityController(InMemoryStore store, NearbyIndex nearby)
    {
        _store = store;
        _nearby = nearby;
    }

    [HttpGet("videos/{videoId:guid}")]
    public ActionResult<VideoCardDto> Video(Guid videoId) =>
        _store.FindVideo(videoId) is { } video ? Ok(video.ToCard(_store)) : NotFound();

    [HttpGet("videos/{videoId:guid}/card")]
    public ActionResult<VideoCardDto> CountedVideo(Guid videoId) =>
        _store.FindVideo(videoId) is { } video ? Ok(video.ToCountedCard(_store)) : NotFound();

    // PRIV007: the profile card of every follower of any user, for anyone who asks
    [HttpGet("users/{userId:guid}/followers")]
    public ActionResult<List<ProfileCardDto>> Followers(Guid userId) =>
        _store.FollowsOf(userId)
            .Where(f => f.EndedAt is null)
            .Select(f => _store.FindUser(f.FollowerId))
            .OfType<Domain.ApplicationUser>()
            .Select(u => new ProfileCardDto(u.Id, u.Handle, u.DisplayName))
            .ToList();

    /// <summary>The compliant twin: how many follow them.</summary>
    [HttpGet("users/{userId:guid}/followers/count")]
    public ActionResult<int> FollowerCount(Guid userId) => _store.FollowsOf(userId).Count(f => f.EndedAt is null);

    /// <summary>The caller's own follows: whom they follow is theirs to see.</summary>
    [HttpGet("me/following")]
    public ActionResult<List<Guid>> Following() =>
        _store.ListVideos().Select(v => v.CreatorId).Distinct()
            .Where(id => _store.FindActiveFollow(User.GetUserId(), id) is not null)
            .ToList();

    [HttpPut("me/location")]
    public IActionResult ShareLocation(LocationUpdate update)
    {
        _nearby.Update(User.GetUserId(), update);
        return NoContent();
    }

    [HttpGet("nearby")]
    public ActionResult<List<NearbyPersonDto>> Nearby(double latitude, double longitude) =>
        _nearby.Around(User.GetUserId(), latitude, longitude, kilometres: 10)
            .Select(p => new NearbyPersonDto { Handle = _store.FindUser(p.UserId)?.Handle ?? "?", Latitude = p.Latitude, Longitude = p.Longitude })
            .ToList();

    /// <summary>The compliant twin: how many people are around, in coarse rings.</summary>
    [HttpGet("nearby/summary")]
    public ActionResult<NearbySummaryDto> NearbySummary(double latitude, double longitude)
    {
        var around = _nearby.Around(User.GetUserId(), latitude, longitude, kilometres: 10);
        return new NearbySummaryDto { WithinOneKilometre = around.Count(p => p.Kilometres <= 1), WithinTenKilometres = around.Count };
    }
}
