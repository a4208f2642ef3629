using System.Collections.Immutable;
using System.Linq;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using PrivacyAnalyzers.Rules;
using PrivacyAnalyzers.Tests.Verifiers;
using Xunit;
using Verify = PrivacyAnalyzers.Tests.Verifiers.CSharpAnalyzerVerifier<PrivacyAnalyzers.Rules.ResponseRosterAnalyzer>;

namespace PrivacyAnalyzers.Tests.Rules
{
    public class ResponseRosterAnalyzerTests
    {
        /// <summary>A small platform that never says "creator": people, engagement records and a store.</summary>
        private const string App = @"
using System;
using System.Collections.Generic;
using System.Threading.Tasks;

namespace Social.Domain
{
    public sealed class Account { public string Id { get; set; } = """"; public string Username { get; set; } = """"; public string DisplayName { get; set; } = """"; }
    public sealed class Like { public Guid Id { get; set; } public string AccountId { get; set; } = """"; public Guid PostId { get; set; } }
    public sealed class Post { public Guid Id { get; set; } public string Text { get; set; } = """"; public Account Author { get; set; } = new(); }
}

namespace Social.Api.Dtos
{
    public sealed class AccountDto { public string Id { get; set; } = """"; public string Username { get; set; } = """"; }
    public sealed class PostDto { public Guid Id { get; set; } public string Text { get; set; } = """"; public AccountDto Author { get; set; } = new(); public int LikesCount { get; set; } }
    public sealed class PagedList<T> { public List<T> Items { get; set; } = new(); public int Total { get; set; } }
    public sealed class ApiResponse { public bool IsSuccess { get; set; } public object? Result { get; set; } }
}

namespace Social.Services
{
    using Social.Api.Dtos;

    public interface IAccounts
    {
        Task<List<AccountDto>> FollowersOfAsync(string accountId);
        Task<List<AccountDto>> SearchAsync(string text);
        Task<int> FollowerCountAsync(string accountId);
        Task<List<PostDto>> LikedPostsAsync(string accountId);
    }
}
";

        private const string MvcUsings =
            "using System; using System.Collections.Generic; using System.Linq; using System.Threading.Tasks; using Microsoft.AspNetCore.Mvc; using Social.Api.Dtos; using Social.Services;\n";

        private const string MinimalApiUsings =
            "using System; using System.Collections.Generic; using System.Linq; using Microsoft.AspNetCore.Builder; using Microsoft.AspNetCore.Http; using Microsoft.AspNetCore.Routing; using Social.Api.Dtos; using Social.Services;\n";

        private static Task VerifyAsync(string source, string? editorConfig = null) =>
            Verify.VerifyAnalyzerAsync(new[] { "using System; using System.Collections.Generic;\n" + source, App }, editorConfig);

        private static Task VerifyMvcAsync(string source) =>
            Verify.VerifyAnalyzerAsync(new[] { MvcUsings + source, App });

        private static Task VerifyMinimalApiAsync(string source) =>
            Verify.VerifyAnalyzerAsync(new[] { MinimalApiUsings + source, App });

        // ---- Response types: engagement rows (§4.7) ----

        [Fact]
        public async Task Members_of_a_like_row_that_identify_the_liker_are_reported()
        {
            await VerifyAsync(@"
namespace Social.Api.Dtos
{
    public sealed class LikeDto
    {
        public Guid PostId { get; set; }
        public Guid [|UserId|] { get; set; }
        public string [|Username|] { get; set; } = """";
        public DateTimeOffset LikedAt { get; set; }
    }
}");
        }

        [Fact]
        public async Task A_reaction_row_whose_reactor_is_a_user_row_is_reported_with_the_path()
        {
            await VerifyAsync(@"
namespace Social.Api.Dtos
{
    public sealed record UserResponse(Guid Id, string Name, string Email);

    public sealed record PostReactResponse(Guid PostId, string Reaction, UserResponse [|ReactedBy|]);
}");
        }

        [Fact]
        public async Task A_page_of_followers_is_an_engagement_row_whose_users_are_reported()
        {
            await VerifyAsync(@"
namespace Social.Api.Dtos
{
    public sealed class FollowerPageResponse
    {
        public int Page { get; set; }
        public long TotalElements { get; set; }
        public List<AccountDto>? [|Users|] { get; set; }
    }
}");
        }

        [Fact]
        public async Task A_response_type_is_recognised_by_its_namespace()
        {
            await VerifyAsync(@"
namespace Social.Api.Contracts
{
    public sealed class Reaction { public string Emoji { get; set; } = """"; public string [|UserName|] { get; set; } = """"; }
}");
        }

        [Fact]
        public async Task The_team_names_its_own_response_types()
        {
            await VerifyAsync(@"
namespace Social.Web
{
    public sealed class LikeModel { public string [|UserName|] { get; set; } = """"; }

    public sealed class LikeRecord { public string UserName { get; set; } = """"; }
}",
                "is_global = true\nprivacy.response_types = *Model\n");
        }

        // ---- Response types: members named for an engagement ----

        [Theory]
        [InlineData("IList<AccountDto>", "LikesCollection")]
        [InlineData("IList<AccountDto>", "SharesCollection")]
        [InlineData("ICollection<AccountDto>", "Attendees")]
        [InlineData("List<Guid>", "LikerIds")]
        [InlineData("string[]", "LikedBy")]
        [InlineData("List<string>", "SubscriberIds")]
        [InlineData("PagedList<AccountDto>", "Followers")]
        public async Task A_member_named_for_an_engagement_that_holds_people_is_reported(string type, string name)
        {
            await VerifyAsync($@"
namespace Social.Api.Dtos
{{
    public sealed class EventDto
    {{
        public Guid Id {{ get; set; }}
        public {type} [|{name}|] {{ get; set; }} = default!;
    }}
}}");
        }

        [Fact]
        public async Task A_list_of_engagement_rows_is_reported_at_the_rows_only()
        {
            await VerifyAsync(@"
namespace Social.Api.Dtos
{
    public sealed class LikeDto { public string [|UserName|] { get; set; } = """"; }

    public sealed class LikesForVideoResponseDto
    {
        public int Count { get; set; }
        public IEnumerable<LikeDto> Likes { get; set; } = Array.Empty<LikeDto>();
    }
}");
        }

        // ---- Response types: what stays clean ----

        [Fact]
        public async Task Counts_flags_and_the_authors_of_content_are_not_reported()
        {
            await VerifyAsync(@"
namespace Social.Api.Dtos
{
    public sealed class PostDetailsDto
    {
        public int LikesCount { get; set; }
        public long FollowersCount { get; set; }
        public bool LikedByMe { get; set; }
        public Guid AuthorId { get; set; }
        public string AuthorUsername { get; set; } = """";
        public List<PostDto> Replies { get; set; } = new();
        public List<CommentDto> Comments { get; set; } = new();
    }

    public sealed class CommentDto { public string Text { get; set; } = """"; public string UserName { get; set; } = """"; }

    public sealed class PostLikeDto { public Guid PostId { get; set; } public Guid PostAuthorId { get; set; } public int Likes { get; set; } }
}");
        }

        [Fact]
        public async Task Coarse_breakdowns_and_the_recipient_of_a_notification_are_not_reported()
        {
            await VerifyMvcAsync(@"
namespace Social.Api.Dtos
{
    public sealed class PostInsightsDto
    {
        public Dictionary<string, int> LikesByCountry { get; set; } = new();
        public Dictionary<int, long> FollowersPerAgeBand { get; set; } = new();
        public List<int> ViewsPerDay { get; set; } = new();
    }

    public sealed class NotificationDto { public string RecipientId { get; set; } = """"; public string Type { get; set; } = """"; public Guid PostId { get; set; } }
}

[ApiController, Route(""api/notifications"")]
public sealed class NotificationsController : ControllerBase
{
    [HttpGet]
    public ActionResult<List<NotificationDto>> Mine() => new List<NotificationDto>();
}");
        }

        [Fact]
        public async Task Types_named_for_input_notifications_or_events_are_not_rows()
        {
            await VerifyAsync(@"
namespace Social.Api.Dtos
{
    public sealed record CreateLikeDto(Guid PostId, Guid UserId);
    public sealed record LikeRequest(Guid PostId, Guid UserId);
    public sealed record ToggleFollowDto(string UserName);
    public sealed record LikeNotificationDto(string ActorName, string UserName);
    public sealed record VideoLikedEventDto(Guid UserId);
}");
        }

        [Fact]
        public async Task A_type_whose_head_is_not_an_engagement_is_not_a_row()
        {
            await VerifyAsync(@"
namespace Social.Api.ViewModels
{
    public sealed class WatchVideoViewModel { public Guid VideoId { get; set; } public string UserName { get; set; } = """"; }
}");
        }

        [Fact]
        public async Task Entities_outside_response_places_are_not_judged()
        {
            await VerifyAsync(@"
namespace Social.Data
{
    public sealed class LikeEntity { public Guid PostId { get; set; } public string UserName { get; set; } = """"; public List<string> LikerIds { get; set; } = new(); }
}");
        }

        [Fact]
        public async Task Creator_facing_types_are_left_to_PRIV001()
        {
            await VerifyAsync(@"
namespace Social.Api.Dtos
{
    public sealed class CreatorLikeDto { public string UserName { get; set; } = """"; public List<Guid> LikerIds { get; set; } = new(); }
}");
        }

        [Fact]
        public async Task A_public_engagement_makes_no_roster()
        {
            await VerifyAsync(@"
namespace Social.Api.Dtos
{
    public sealed class FollowDto { public string UserName { get; set; } = """"; }

    public sealed class ProfileDto { public List<AccountDto> Followers { get; set; } = new(); public List<AccountDto> [|Likers|] { get; set; } = new(); }
}",
                "is_global = true\nprivacy.public_engagements = Follow\n");
        }

        // ---- Endpoints (§8) ----

        [Fact]
        public async Task Declared_list_of_accounts_of_a_favourited_by_route_is_reported_at_the_return_type()
        {
            await VerifyMvcAsync(@"
[ApiController, Route(""api/v1/statuses"")]
public sealed class StatusController : ControllerBase
{
    private readonly IAccounts _accounts = null!;

    [HttpGet(""{id}/favourited_by"")]
    public async [|Task<IEnumerable<AccountDto>>|] GetStatusFans(string id) => await _accounts.FollowersOfAsync(id);
}");
        }

        [Fact]
        public async Task Ok_with_the_followers_of_an_action_named_for_them_is_reported_at_the_value()
        {
            await VerifyMvcAsync(@"
[ApiController, Route(""api/users"")]
public sealed class UsersController : ControllerBase
{
    private readonly IAccounts _accounts = null!;

    [HttpGet(""{id}/connections"")]
    public async Task<IActionResult> GetFollowers(string id)
    {
        var result = await _accounts.FollowersOfAsync(id);
        return Ok([|result|]);
    }
}");
        }

        [Fact]
        public async Task ProducesResponseType_declares_the_payload_of_an_IActionResult_action()
        {
            await VerifyMvcAsync(@"
[ApiController, Route(""profiles"")]
public sealed class ProfilesController : ControllerBase
{
    private readonly IAccounts _accounts = null!;

    [HttpGet(""{id}/followers"")]
    [ProducesResponseType<IEnumerable<AccountDto>>(200)]
    [ProducesResponseType(typeof(string), 404)]
    public async [|Task<IActionResult>|] Followers(string id) => Ok(await _accounts.FollowersOfAsync(id));
}");
        }

        [Fact]
        public async Task A_wrappers_object_slot_carries_the_roster()
        {
            await VerifyMvcAsync(@"
[ApiController, Route(""api/connections"")]
public sealed class ConnectionsController : ControllerBase
{
    private readonly IAccounts _accounts = null!;

    [HttpGet(""followers/{id}"")]
    public async Task<ActionResult<ApiResponse>> All(string id)
    {
        var result = await _accounts.FollowersOfAsync(id);
        return StatusCode(200, new ApiResponse { IsSuccess = true, Result = [|result|] });
    }
}");
        }

        [Fact]
        public async Task A_minimal_api_of_a_likers_route_is_reported()
        {
            await VerifyMinimalApiAsync(@"
public static class Endpoints
{
    public static void Map(IEndpointRouteBuilder app, IAccounts accounts)
    {
        app.MapGet(""/posts/{id}/likers"", async (string id) => [|await accounts.FollowersOfAsync(id)|]);
        app.MapGet(""/posts/{id}/related"", async (string id) => await accounts.SearchAsync(id));
    }
}");
        }

        [Fact]
        public async Task Endpoints_that_return_no_roster_are_not_reported()
        {
            await VerifyMvcAsync(@"
[ApiController, Route(""api/accounts"")]
public sealed class AccountsController : ControllerBase
{
    private readonly IAccounts _accounts = null!;

    [HttpGet(""{id}/followers/count"")]
    public async Task<int> GetFollowersCount(string id) => await _accounts.FollowerCountAsync(id);

    [HttpGet(""search"")]
    public async Task<List<AccountDto>> Search(string text) => await _accounts.SearchAsync(text);

    [HttpGet(""{id}/suggestions"")]
    public async Task<List<AccountDto>> MayFollowUser(string id) => await _accounts.SearchAsync(id);

    [HttpGet(""blocks"")]
    public async Task<List<AccountDto>> GetBlockedUsers() => await _accounts.SearchAsync(""me"");

    [HttpGet(""{id}/liked"")]
    public async Task<List<PostDto>> GetLikedPosts(string id) => await _accounts.LikedPostsAsync(id);
}");
        }

        [Fact]
        public async Task A_list_of_engagement_rows_returned_is_reported_at_the_rows_not_the_endpoint()
        {
            await VerifyMvcAsync(@"
namespace Social.Api.Dtos { public sealed class LikeDto { public string [|UserName|] { get; set; } = """"; } }

[ApiController, Route(""api/likes"")]
public sealed class LikesController : ControllerBase
{
    [HttpGet(""{postId}"")]
    public List<Social.Api.Dtos.LikeDto> GetLikes(Guid postId) => new();
}");
        }

        [Fact]
        public async Task Creator_facing_endpoints_are_left_to_PRIV005()
        {
            await VerifyMvcAsync(@"
[ApiController, Route(""studio/likes"")]
public sealed class StudioLikesController : ControllerBase
{
    private readonly IAccounts _accounts = null!;

    [HttpGet(""{id}/likers"")]
    public async Task<List<AccountDto>> GetLikers(string id) => await _accounts.FollowersOfAsync(id);
}");
        }

        [Fact]
        public async Task A_payload_that_does_not_resolve_is_not_reported()
        {
            await VerifyMvcAsync(@"
[ApiController, Route(""api/users"")]
public sealed class UsersController : ControllerBase
{
    private readonly {|CS0246:IMediator|} _mediator = null!;

    [HttpGet(""{id}/followers"")]
    public async Task<IActionResult> GetFollowers(string id) => Ok(await _mediator.Send(id));
}");
        }

        // ---- Views, Razor pages and SignalR messages ----

        [Fact]
        public async Task The_model_of_a_view_is_a_payload()
        {
            await VerifyMvcAsync(@"
public sealed class ProfilesController : Controller
{
    private readonly IAccounts _accounts = null!;

    public async Task<IActionResult> Followers(string id) => View([|await _accounts.FollowersOfAsync(id)|]);

    public async Task<IActionResult> Search(string text) => View(await _accounts.SearchAsync(text));
}");
        }

        [Fact]
        public async Task The_public_properties_of_a_razor_page_model_are_a_response()
        {
            await VerifyAsync(@"
using Microsoft.AspNetCore.Mvc.RazorPages;
using Social.Api.Dtos;

namespace Social.Pages.Profiles
{
    public sealed class IndexModel : PageModel
    {
        public AccountDto Profile { get; set; } = new();
        public List<AccountDto> [|Followers|] { get; set; } = new();
        public int FollowerCount { get; set; }
    }
}");
        }

        [Fact]
        public async Task A_roster_sent_to_signalr_clients_is_reported_at_the_value()
        {
            await VerifyMvcAsync(@"
using Microsoft.AspNetCore.SignalR;

public interface IFeedClient
{
    Task ReceiveLikers(List<AccountDto> people);
    Task ReceiveCount(int count);
}

public sealed class FeedHub : Hub<IFeedClient> { }
public sealed class ChatHub : Hub { }

public sealed class LikeBroadcaster
{
    private readonly IHubContext<FeedHub, IFeedClient> _typed = null!;
    private readonly IHubContext<ChatHub> _hub = null!;
    private readonly IAccounts _accounts = null!;

    public async Task Publish(string postId)
    {
        var likers = await _accounts.FollowersOfAsync(postId);
        await _hub.Clients.Group(postId).SendAsync(""likers"", [|likers|]);
        await _hub.Clients.All.SendCoreAsync(""likers"", new object[] { [|likers|] });
        await _typed.Clients.All.ReceiveLikers([|likers|]);
        await _typed.Clients.All.ReceiveCount(likers.Count);
        await _hub.Clients.All.SendAsync(""count"", likers.Count);
        await _hub.Clients.All.SendAsync(""results"", await _accounts.SearchAsync(postId));
    }
}");
        }

        // ---- Identity flow: what fills a member or leaves an endpoint (§4.8) ----

        /// <summary>Engagement records of a database, and response types whose member names say nothing.</summary>
        private const string Records = @"
using System;
using System.Collections.Generic;
using System.Linq;

namespace Social.Data
{
    public sealed class Member { public string Id { get; set; } = """"; public string Username { get; set; } = """"; }
    public sealed class Follow { public string FollowerId { get; set; } = """"; public string FolloweeId { get; set; } = """"; public Member Follower { get; set; } = new(); }
    public sealed class Download { public string UserId { get; set; } = """"; public Guid VideoId { get; set; } }
    public sealed class PostLike { public string AccountId { get; set; } = """"; public Guid PostId { get; set; } }
    public sealed class PostEntity { public Guid Id { get; set; } public List<PostLike> Likes { get; set; } = new(); }
    public sealed class Db
    {
        public IQueryable<Follow> Follows { get; } = null!;
        public IQueryable<Download> Downloads { get; } = null!;
        public IQueryable<PostLike> Likes { get; } = null!;
    }

    public sealed class PostSummaryDto { public Guid Id { get; set; } public List<string> Likes { get; set; } = new(); public List<string> Items { get; set; } = new(); public int LikeCount { get; set; } }
}
";

        private static Task VerifyFlowAsync(string source, string? editorConfig = null) =>
            Verify.VerifyAnalyzerAsync(new[] { MvcUsings + "using Social.Data;\n" + source, App, Records }, editorConfig);

        [Fact]
        public async Task A_member_filled_with_the_likers_ids_in_an_initializer_is_reported_at_the_value()
        {
            await VerifyFlowAsync(@"
public static class PostMapper
{
    public static PostSummaryDto ToSummary(this PostEntity p) => new PostSummaryDto
    {
        Id = p.Id,
        Likes = [|p.Likes.Select(l => l.AccountId).ToList()|],
        LikeCount = p.Likes.Count,
    };
}");
        }

        [Fact]
        public async Task A_member_assigned_people_projected_from_filtered_records_is_reported()
        {
            await VerifyFlowAsync(@"
public sealed class Summaries
{
    private readonly Db _db = new();

    public PostSummaryDto For(Guid videoId)
    {
        var dto = new PostSummaryDto();
        dto.Items = [|_db.Downloads.Where(d => d.VideoId == videoId).Select(d => d.UserId).ToList()|];
        return dto;
    }
}");
        }

        [Fact]
        public async Task An_endpoint_returning_people_projected_from_engagement_records_is_reported()
        {
            await VerifyFlowAsync(@"
[ApiController, Route(""api/videos"")]
public sealed class VideosController : ControllerBase
{
    private readonly Db _db = new();

    [HttpGet(""{id}/audience"")]
    public IActionResult Audience(Guid id) => Ok([|_db.Downloads.Where(d => d.VideoId == id).Select(d => d.UserId)|]);

    [HttpGet(""{id}/people"")]
    public IActionResult People(string id)
    {
        var people = _db.Follows.Where(f => f.FolloweeId == id).Select(f => f.Follower).ToList();
        return Ok([|people|]);
    }
}");
        }

        [Fact]
        public async Task A_method_returning_a_projection_carries_it_to_its_callers()
        {
            await VerifyFlowAsync(@"
public sealed class DownloadStore
{
    private readonly Db _db = new();

    public async Task<List<string>> GetAllAsync(Guid videoId)
    {
        await Task.Yield();
        return _db.Downloads.Where(d => d.VideoId == videoId).Select(d => d.UserId).ToList();
    }
}

[ApiController, Route(""api/videos"")]
public sealed class VideosController : ControllerBase
{
    private readonly DownloadStore _store = new();

    [HttpGet(""{id}/stats"")]
    public async Task<IActionResult> Stats(Guid id) => Ok([|await _store.GetAllAsync(id)|]);

    [HttpGet(""{id}/stats/total"")]
    public async Task<IActionResult> Total(Guid id) => Ok((await _store.GetAllAsync(id)).Count);
}");
        }

        [Fact]
        public async Task Projections_of_content_counts_and_the_callers_own_records_are_not_reported()
        {
            await VerifyFlowAsync(@"
[ApiController, Route(""api/me"")]
public sealed class MeController : ControllerBase
{
    private readonly Db _db = new();

    [HttpGet(""following"")]
    public IActionResult Following() => Ok(_db.Follows.Where(f => f.FollowerId == User.Identity!.Name).Select(f => f.FolloweeId));

    [HttpGet(""liked"")]
    public IActionResult Liked()
    {
        var currentUserId = User.Identity!.Name;
        return Ok(_db.Likes.Where(l => l.AccountId == currentUserId).Select(l => l.AccountId));
    }

    [HttpGet(""{id}/liked-posts"")]
    public IActionResult LikedPosts(string id) => Ok(_db.Likes.Where(l => l.AccountId == id).Select(l => l.PostId));
}

public static class PostMapper
{
    public static PostSummaryDto ToSummary(this PostEntity p) => new PostSummaryDto
    {
        Likes = p.Likes.Select(l => l.PostId.ToString()).ToList(),
        LikeCount = p.Likes.Select(l => l.AccountId).Distinct().Count(),
    };
}

public sealed class Internal
{
    private readonly Db _db = new();
    public List<string> Audience = new();

    public void Load(Guid id) => Audience = _db.Downloads.Where(d => d.VideoId == id).Select(d => d.UserId).ToList();
}");
        }

        [Fact]
        public async Task A_public_engagement_projected_into_a_response_is_not_reported()
        {
            await VerifyFlowAsync(@"
public static class PostMapper
{
    public static PostSummaryDto ToSummary(this PostEntity p) => new PostSummaryDto { Likes = p.Likes.Select(l => l.AccountId).ToList() };
}", "is_global = true\nprivacy.public_engagements = Like\n");
        }

        // ---- Message ----

        [Fact]
        public async Task Messages_name_the_surface_the_engagement_and_the_path_to_the_people()
        {
            using var workspace = new AdhocWorkspace();
            var solution = TestSolution.Create(workspace, ImmutableArray.Create(ImmutableArray.Create(MvcUsings + @"
namespace Social.Api.Dtos { public sealed class PostReactionDto { public string UserName { get; set; } = """"; } }

[ApiController, Route(""api/v1/statuses"")]
public sealed class StatusController : ControllerBase
{
    private readonly IAccounts _accounts = null!;

    [HttpGet(""{id}/reblogged_by"")]
    public async Task<IEnumerable<AccountDto>> GetBoosts(string id) => await _accounts.FollowersOfAsync(id);
}", App)), editorConfig: null);

            var messages = (await AnalyzerRunner.GetDiagnosticsAsync(solution, new ResponseRosterAnalyzer())).Select(d => d.GetMessage()).Order();

            Assert.Equal(
                new[]
                {
                    "Endpoint 'StatusController.GetBoosts' lists who engaged (Boost) through 'GetBoosts[].Username'; return a count instead",
                    "Response type 'PostReactionDto' lists who engaged (React) through 'UserName'; return a count instead",
                },
                messages);
        }
    }
}
