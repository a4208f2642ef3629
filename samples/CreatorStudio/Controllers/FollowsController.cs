using Clipstream.Data;
using Clipstream.Security;
using Clipstream.Services;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Clipstream.Controllers;

[ApiController]
[Authorize]
[Route("api/users/{userId:guid}/follow")]
public sealed class FollowsController : ControllerBase
{
    private readonly InMemoryStore _store;
    private readonly EngagementService _engagement;

    public FollowsController(InMemoryStore store, EngagementService engagement)
    {
        _store = store;
        _engagement = engagement;
    }

    /// <summary>Follow: the followed creator is told "@you started following you".</summary>
    [HttpPut]
    public async Task<ActionResult<FollowState>> Follow(Guid userId, CancellationToken cancellationToken)
    {
        if (_store.FindUser(userId) is null)
        {
            return NotFound();
        }

        if (userId == User.GetUserId())
        {
            return BadRequest("You cannot follow yourself.");
        }

        return Ok(await _engagement.FollowAsync(User.GetUserId(), userId, cancellationToken));
    }

    /// <summary>Unfollow: silent, the creator only sees their follower count drop.</summary>
    [HttpDelete]
    public ActionResult<FollowState> Unfollow(Guid userId) =>
        _store.FindUser(userId) is null ? NotFound() : Ok(_engagement.Unfollow(User.GetUserId(), userId));
}
