using System;
using System.Collections.Immutable;
using System.Linq;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using PrivacyAnalyzers.Rules;
using PrivacyAnalyzers.Tests.Verifiers;
using Xunit;
using Verify = PrivacyAnalyzers.Tests.Verifiers.CSharpAnalyzerVerifier<PrivacyAnalyzers.Rules.CreatorFacingEndpointAnalyzer>;

namespace PrivacyAnalyzers.Tests.Rules
{
    public class CreatorFacingEndpointAnalyzerTests
    {
        /// <summary>The application behind the endpoints: users, engagement rows, a creator-facing DTO and a store.</summary>
        private const string App = @"
using System;
using System.Collections.Generic;
using System.Linq;

namespace Team.Privacy { public sealed class CreatorFacingAttribute : Attribute { } }

public sealed class User { public Guid Id { get; set; } public string Handle { get; set; } = """"; }
public sealed class Like { public Guid UserId { get; set; } public Guid VideoId { get; set; } }
public sealed class View { public Guid UserId { get; set; } public Guid VideoId { get; set; } public DateTimeOffset At { get; set; } public string Country { get; set; } = """"; }
public sealed class VideoStats { public Guid VideoId { get; set; } public int Views { get; set; } public int Likes { get; set; } }
public sealed class CreatorVideoStatsDto { public Guid VideoId { get; set; } public List<Guid> LikerIds { get; set; } = new(); }
public sealed class PagedResult<T> { public List<T> Items { get; set; } = new(); public int Total { get; set; } }

public sealed class Db
{
    public List<User> Users { get; } = new();
    public List<Like> Likes { get; } = new();
    public List<View> Views { get; } = new();
}
";

        private const string MvcUsings =
            "using System; using System.Collections.Generic; using System.Linq; using System.Threading.Tasks; using Microsoft.AspNetCore.Authorization; using Microsoft.AspNetCore.Mvc; using Team.Privacy;\n";

        private const string MinimalApiUsings =
            "using System; using System.Collections.Generic; using System.Linq; using Microsoft.AspNetCore.Builder; using Microsoft.AspNetCore.Http; using Microsoft.AspNetCore.Routing;\n";

        private static Task VerifyMvcAsync(string source, string? editorConfig = null) =>
            Verify.VerifyAnalyzerAsync(new[] { MvcUsings + source, App }, editorConfig);

        private static Task VerifyMinimalApiAsync(string source) =>
            Verify.VerifyAnalyzerAsync(new[] { MinimalApiUsings + source, App });

        // ---- Controllers: what makes an action creator-facing ----

        [Fact]
        public async Task Ok_with_rows_of_likes_from_a_controller_authorized_for_the_creator_role_is_reported()
        {
            await VerifyMvcAsync(@"
[ApiController, Authorize(Roles = ""Creator"")]
public sealed class VideoLikesController : ControllerBase
{
    private readonly Db _db = new();

    [HttpGet(""videos/{id}/likes"")]
    public IActionResult Likes(Guid id) => Ok([|_db.Likes.Where(l => l.VideoId == id).ToList()|]);
}");
        }

        [Fact]
        public async Task Controller_authorized_by_a_creator_policy_is_creator_facing()
        {
            await VerifyMvcAsync(@"
[ApiController, Authorize(Policy = ""CreatorOnly"")]
public sealed class LikesController : ControllerBase
{
    private readonly Db _db = new();

    public IActionResult Recent() => Ok([|_db.Likes|]);
}");
        }

        [Fact]
        public async Task Authorize_with_the_policy_as_constructor_argument_is_creator_facing()
        {
            await VerifyMvcAsync(@"
[ApiController, Authorize(""CreatorOnly"")]
public sealed class LikesController : ControllerBase
{
    private readonly Db _db = new();

    public IActionResult Recent() => Ok([|_db.Likes|]);
}");
        }

        [Fact]
        public async Task Action_marked_CreatorFacing_is_reported_in_an_unmarked_controller()
        {
            await VerifyMvcAsync(@"
[ApiController]
public sealed class VideosController : ControllerBase
{
    private readonly Db _db = new();

    [CreatorFacing]
    public IActionResult Viewers(Guid id) => Ok([|_db.Views.Where(v => v.VideoId == id)|]);

    public IActionResult Likes(Guid id) => Ok(_db.Likes.Where(l => l.VideoId == id));
}");
        }

        [Fact]
        public async Task Actions_inherit_the_creator_marker_of_a_base_controller()
        {
            await VerifyMvcAsync(@"
[Authorize(Roles = ""Creator"")]
public abstract class StudioControllerBase : ControllerBase { }

public sealed class AudienceController : StudioControllerBase
{
    private readonly Db _db = new();

    public IActionResult Fans() => Ok([|_db.Users|]);
}");
        }

        [Fact]
        public async Task Authorize_attribute_of_the_team_with_arrays_of_roles_names_a_creator_role()
        {
            await VerifyMvcAsync(@"
[ApiController, Team.Auth.Authorize(""Admin"", ""Creator"")]
public sealed class LikesController : ControllerBase
{
    private readonly Db _db = new();

    public IActionResult Recent() => Ok([|_db.Likes|]);
}

[ApiController, Team.Auth.Authorize(Roles = new[] { ""Creator"" })]
public sealed class ViewsController : ControllerBase
{
    private readonly Db _db = new();

    public IActionResult Recent() => Ok([|_db.Views|]);
}

[ApiController, Team.Auth.Authorize(""Admin"", ""Moderator"")]
public sealed class ModerationController : ControllerBase
{
    private readonly Db _db = new();

    public IActionResult Recent() => Ok(_db.Likes);
}

namespace Team.Auth
{
    public sealed class AuthorizeAttribute : Attribute
    {
        public AuthorizeAttribute(params string[] scopes) { }

        public string[] Roles { get; set; } = Array.Empty<string>();
    }
}");
        }

        [Fact]
        public async Task Controller_routed_under_studio_is_creator_facing()
        {
            await VerifyMvcAsync(@"
[ApiController, Route(""api/v1/studio/audience"")]
public sealed class AudienceController : ControllerBase
{
    private readonly Db _db = new();

    [HttpGet(""viewers"")]
    public IActionResult Viewers() => Ok([|_db.Views|]);
}");
        }

        [Fact]
        public async Task Relative_action_route_after_an_api_only_controller_route_is_creator_facing()
        {
            await VerifyMvcAsync(@"
[ApiController, Route(""api"")]
public sealed class DownloadsController : ControllerBase
{
    private readonly Db _db = new();

    [HttpGet(""creator/videos/{id}/downloads"")]
    public IActionResult Downloads(Guid id) => Ok([|_db.Views.Where(v => v.VideoId == id)|]);
}

[ApiController, Route(""api/v{version:apiVersion}"")]
public sealed class LikesController : ControllerBase
{
    private readonly Db _db = new();

    [HttpGet(""studio/likes"")]
    public IActionResult Likes() => Ok([|_db.Likes|]);
}");
        }

        [Fact]
        public async Task Controller_token_in_a_route_stands_for_the_controller_name()
        {
            await VerifyMvcAsync(@"
[ApiController, Route(""api/[controller]"")]
public sealed class StudioController : ControllerBase
{
    private readonly Db _db = new();

    [HttpGet(""likes"")]
    public IActionResult Likes() => Ok([|_db.Likes|]);
}");
        }

        [Fact]
        public async Task Relative_action_route_after_a_controller_route_for_something_else_is_not_creator_facing()
        {
            await VerifyMvcAsync(@"
[ApiController, Route(""api/videos"")]
public sealed class VideosController : ControllerBase
{
    private readonly Db _db = new();

    [HttpGet(""creator/{id}/likes"")]
    public IActionResult Likes(Guid id) => Ok(_db.Likes);
}

[ApiController, Route(""api/[controller]"")]
public sealed class CreatorsLookupController : ControllerBase
{
    private readonly Db _db = new();

    [HttpGet(""studio/likes"")]
    public IActionResult Likes() => Ok(_db.Likes);
}");
        }

        [Fact]
        public async Task Role_configured_as_creator_role_makes_the_controller_creator_facing()
        {
            await VerifyMvcAsync(@"
[ApiController, Authorize(Roles = ""Partner"")]
public sealed class PartnerController : ControllerBase
{
    private readonly Db _db = new();

    public IActionResult Likes() => Ok([|_db.Likes|]);
}", "is_global = true\nprivacy.creator_roles = Partner\n");
        }

        // ---- Controllers: what the action returns ----

        [Fact]
        public async Task Declared_ActionResult_of_a_list_of_rows_is_reported_at_the_return_type()
        {
            await VerifyMvcAsync(@"
[ApiController, Authorize(Roles = ""Creator"")]
public sealed class LikesController : ControllerBase
{
    private readonly Db _db = new();

    public [|ActionResult<List<Like>>|] Recent() => _db.Likes.ToList();
}");
        }

        [Fact]
        public async Task Awaited_async_method_named_for_the_audience_is_read_without_its_Async_suffix()
        {
            await VerifyMvcAsync(@"
[ApiController, Authorize(Roles = ""Creator"")]
public sealed class DownloadsController : ControllerBase
{
    private readonly Store _store = new();

    [HttpGet(""videos/{id}/downloads"")]
    public async Task<IActionResult> Downloads(Guid id) => Ok([|await _store.GetDownloaderIdsAsync(id)|]);

    [HttpGet(""videos/{id}/downloads/count"")]
    public async Task<IActionResult> DownloadCount(Guid id) => Ok(await _store.GetDownloaderCountAsync(id));
}

public sealed class Store
{
    public Task<List<Guid>> GetDownloaderIdsAsync(Guid videoId) => Task.FromResult(new List<Guid>());

    public Task<int> GetDownloaderCountAsync(Guid videoId) => Task.FromResult(0);
}");
        }

        [Fact]
        public async Task Ids_projected_out_of_engagement_records_are_reported()
        {
            await VerifyMvcAsync(@"
[ApiController, Route(""api/studio/videos"")]
public sealed class StudioVideosController : ControllerBase
{
    private readonly Db _db = new();

    [HttpGet(""{id}/recent"")]
    public IActionResult Recent(Guid id)
    {
        var recent = _db.Views.Where(v => v.VideoId == id).OrderByDescending(v => v.At).Take(20).Select(v => v.UserId).ToList();
        return Ok([|recent|]);
    }

    [HttpGet(""{id}/mine"")]
    public IActionResult Mine(Guid id) => Ok(_db.Views.Where(v => v.UserId.ToString() == User.Identity!.Name).Select(v => v.UserId));
}");
        }

        [Fact]
        public async Task Declared_Task_of_ActionResult_of_user_entities_is_reported_once()
        {
            await VerifyMvcAsync(@"
[ApiController, Authorize(Roles = ""Creator"")]
public sealed class FollowersController : ControllerBase
{
    private readonly Db _db = new();

    public async [|Task<ActionResult<IReadOnlyList<User>>>|] Newest()
    {
        await Task.Yield();
        return Ok(_db.Users);
    }
}");
        }

        [Fact]
        public async Task Anonymous_projection_with_the_user_id_is_reported()
        {
            await VerifyMvcAsync(@"
[ApiController, Authorize(Roles = ""Creator"")]
public sealed class ViewsController : ControllerBase
{
    private readonly Db _db = new();

    public IActionResult Recent(Guid id) => Ok([|_db.Views.Where(v => v.VideoId == id).Select(v => new { v.UserId, v.At })|]);
}");
        }

        [Fact]
        public async Task Tuple_projection_with_the_user_id_is_reported()
        {
            await VerifyMvcAsync(@"
[ApiController, Authorize(Roles = ""Creator"")]
public sealed class ViewsController : ControllerBase
{
    private readonly Db _db = new();

    public IActionResult Recent() => Ok([|_db.Views.Select(v => (v.UserId, v.At)).ToList()|]);
}");
        }

        [Fact]
        public async Task Json_result_with_a_paged_list_of_viewers_is_reported()
        {
            await VerifyMvcAsync(@"
[Authorize(Roles = ""Creator"")]
public sealed class ViewersController : Controller
{
    private readonly Db _db = new();

    public IActionResult Page()
    {
        var page = new PagedResult<View> { Items = _db.Views.Take(20).ToList() };
        return Json([|page|]);
    }
}");
        }

        [Fact]
        public async Task Object_with_audience_ids_is_reported()
        {
            await VerifyMvcAsync(@"
[ApiController, Authorize(Roles = ""Creator"")]
public sealed class LikesController : ControllerBase
{
    private readonly Db _db = new();

    public IActionResult Summary() => Ok([|new { Total = _db.Likes.Count, LikerIds = _db.Likes.Select(l => l.UserId).ToList() }|]);
}");
        }

        [Fact]
        public async Task Returned_value_of_an_action_declared_as_object_is_reported()
        {
            await VerifyMvcAsync(@"
[ApiController, Authorize(Roles = ""Creator"")]
public sealed class LikesController : ControllerBase
{
    private readonly Db _db = new();

    public object Recent()
    {
        var likes = _db.Likes.ToList();
        return [|likes|];
    }
}");
        }

        [Fact]
        public async Task Ok_in_either_branch_of_a_conditional_is_reported()
        {
            await VerifyMvcAsync(@"
[ApiController, Authorize(Roles = ""Creator"")]
public sealed class LikesController : ControllerBase
{
    private readonly Db _db = new();

    public IActionResult Recent(bool any) => any ? Ok([|_db.Likes|]) : NotFound();
}");
        }

        [Fact]
        public async Task Hub_method_of_a_hub_authorized_for_creators_is_reported()
        {
            await VerifyMvcAsync(@"
[Authorize(Roles = ""Creator"")]
public sealed class StudioHub : Microsoft.AspNetCore.SignalR.Hub
{
    private readonly Db _db = new();

    public [|List<Like>|] RecentLikes() => _db.Likes.ToList();
}");
        }

        // ---- Controllers: what stays clean ----

        [Fact]
        public async Task Counts_and_aggregates_are_not_reported()
        {
            await VerifyMvcAsync(@"
[ApiController, Authorize(Roles = ""Creator"")]
public sealed class StatsController : ControllerBase
{
    private readonly Db _db = new();

    public IActionResult Likes(Guid id) => Ok(new { Likes = _db.Likes.Count(l => l.VideoId == id), Viewers = _db.Views.Select(v => v.UserId).Distinct().Count() });

    public ActionResult<List<VideoStats>> Videos() => new List<VideoStats>();

    public IActionResult ByCountry() => Ok(_db.Views.GroupBy(v => v.Country).Select(g => new { Country = g.Key, Views = g.Count() }));
}");
        }

        [Fact]
        public async Task Creator_facing_payload_type_is_left_to_PRIV001()
        {
            await VerifyMvcAsync(@"
[ApiController, Authorize(Roles = ""Creator"")]
public sealed class StatsController : ControllerBase
{
    public ActionResult<CreatorVideoStatsDto> Video() => new CreatorVideoStatsDto();

    public IActionResult Videos() => Ok(new List<CreatorVideoStatsDto>());
}");
        }

        [Fact]
        public async Task Admin_endpoints_are_not_reported()
        {
            await VerifyMvcAsync(@"
[ApiController, Authorize(Roles = ""Admin"")]
public sealed class ModerationController : ControllerBase
{
    private readonly Db _db = new();

    public IActionResult Likes() => Ok(_db.Likes);

    public ActionResult<List<User>> Users() => _db.Users;
}");
        }

        [Fact]
        public async Task The_creators_own_account_is_not_reported()
        {
            await VerifyMvcAsync(@"
[ApiController, Authorize(Roles = ""Creator"")]
public sealed class MeController : ControllerBase
{
    private readonly Db _db = new();

    public ActionResult<User> Get() => _db.Users[0];

    public IActionResult Profile()
    {
        var user = _db.Users[0];
        return Ok(user);
    }

    public IActionResult Ids() => Ok(new { UserId = _db.Users[0].Id });
}");
        }

        [Fact]
        public async Task Controller_without_a_creator_marker_is_not_reported()
        {
            await VerifyMvcAsync(@"
[ApiController, Authorize, Route(""api/videos"")]
public sealed class VideosController : ControllerBase
{
    private readonly Db _db = new();

    public IActionResult Likes() => Ok(_db.Likes);
}");
        }

        [Fact]
        public async Task Non_actions_of_a_creator_controller_are_not_reported()
        {
            await VerifyMvcAsync(@"
[ApiController, Authorize(Roles = ""Creator"")]
public sealed class LikesController : ControllerBase
{
    private readonly Db _db = new();

    [NonAction]
    public List<Like> Load() => _db.Likes;

    private IActionResult Raw() => Ok(_db.Likes);

    public static List<Like> Cached { get; } = new();
}");
        }

        [Fact]
        public async Task Named_single_fan_is_reported_and_unnamed_single_user_is_not()
        {
            await VerifyMvcAsync(@"
[ApiController, Authorize(Roles = ""Creator"")]
public sealed class AudienceController : ControllerBase
{
    private readonly Db _db = new();

    public IActionResult TopFan()
    {
        var topFan = _db.Users[0];
        return Ok([|topFan|]);
    }

    public IActionResult Account()
    {
        var account = _db.Users[0];
        return Ok(account);
    }
}");
        }

        // ---- Minimal APIs ----

        [Fact]
        public async Task Lambda_of_a_creator_route_returning_rows_is_reported()
        {
            await VerifyMinimalApiAsync(@"
public static class Endpoints
{
    public static void Map(IEndpointRouteBuilder app, Db db)
    {
        app.MapGet(""/creator/videos/{id}/likes"", (Guid id) => [|db.Likes.Where(l => l.VideoId == id).ToList()|]);
    }
}");
        }

        [Fact]
        public async Task Results_Ok_and_TypedResults_Ok_carry_the_payload()
        {
            await VerifyMinimalApiAsync(@"
public static class Endpoints
{
    public static void Map(IEndpointRouteBuilder app, Db db)
    {
        app.MapGet(""/studio/likes"", () => Results.Ok([|db.Likes|]));
        app.MapGet(""/studio/views"", () => TypedResults.Ok([|db.Views.Select(v => new { v.UserId })|]));
    }
}");
        }

        [Fact]
        public async Task Block_lambda_returns_are_each_checked()
        {
            await VerifyMinimalApiAsync(@"
public static class Endpoints
{
    public static void Map(IEndpointRouteBuilder app, Db db)
    {
        app.MapGet(""/creators/{id}/fans"", (Guid id) =>
        {
            if (id == Guid.Empty)
            {
                return Results.NotFound();
            }

            return Results.Ok([|db.Users.ToList()|]);
        });
    }
}");
        }

        [Fact]
        public async Task Routes_of_a_creator_group_are_creator_facing()
        {
            await VerifyMinimalApiAsync(@"
public static class Endpoints
{
    public static void Map(IEndpointRouteBuilder app, Db db)
    {
        var studio = app.MapGroup(""/studio"");
        studio.MapGet(""/viewers"", () => Results.Ok([|db.Views|]));
    }
}");
        }

        [Fact]
        public async Task Routes_of_a_nested_creator_group_are_creator_facing()
        {
            await VerifyMinimalApiAsync(@"
public static class Endpoints
{
    public static void Map(IEndpointRouteBuilder app, Db db)
    {
        var creators = app.MapGroup(""/api"").MapGroup(""/v2"").MapGroup(""creators"");
        creators.MapGet(""/likes"", () => Results.Ok([|db.Likes|]));
    }
}");
        }

        [Fact]
        public async Task Group_that_requires_a_creator_policy_is_creator_facing()
        {
            await VerifyMinimalApiAsync(@"
public static class Endpoints
{
    public static void Map(IEndpointRouteBuilder app, Db db)
    {
        var analytics = app.MapGroup(""/analytics"").RequireAuthorization(""CreatorOnly"");
        analytics.MapGet(""/likes"", () => Results.Ok([|db.Likes|]));
    }
}");
        }

        [Fact]
        public async Task Endpoint_that_requires_a_creator_policy_is_creator_facing()
        {
            await VerifyMinimalApiAsync(@"
public static class Endpoints
{
    public static void Map(IEndpointRouteBuilder app, Db db)
    {
        app.MapGet(""/analytics/likes"", () => Results.Ok([|db.Likes|])).WithName(""likes"").RequireAuthorization(""CreatorOnly"");
        app.MapGet(""/analytics/views"", () => Results.Ok([|db.Views|])).RequireAuthorization(policy => policy.RequireRole(""Creator""));
    }
}");
        }

        [Fact]
        public async Task Method_group_handler_is_reported_at_the_registration()
        {
            await VerifyMinimalApiAsync(@"
public static class Endpoints
{
    public static void Map(IEndpointRouteBuilder app)
    {
        app.MapGet(""/studio/likes"", [|RecentLikes|]);
    }

    private static List<Like> RecentLikes(Db db) => db.Likes;
}");
        }

        [Fact]
        public async Task Routes_that_are_not_for_creators_are_not_reported()
        {
            await VerifyMinimalApiAsync(@"
public static class Endpoints
{
    public static void Map(IEndpointRouteBuilder app, Db db)
    {
        app.MapGet(""/admin/likes"", () => Results.Ok(db.Likes));
        app.MapGet(""/api/videos/{id}/creator"", () => Results.Ok(db.Users));
        app.MapGet(""/me/likes"", () => db.Likes);
        app.MapGroup(""/moderation"").RequireAuthorization(""AdminOnly"").MapGet(""/views"", () => db.Views);
    }
}");
        }

        [Fact]
        public async Task Creator_route_returning_counts_is_not_reported()
        {
            await VerifyMinimalApiAsync(@"
public static class Endpoints
{
    public static void Map(IEndpointRouteBuilder app, Db db)
    {
        var studio = app.MapGroup(""/studio"");
        studio.MapGet(""/likes"", () => Results.Ok(new { Total = db.Likes.Count, Unique = db.Likes.Select(l => l.UserId).Distinct().Count() }));
        studio.MapGet(""/views"", () => db.Views.Count);
    }
}");
        }

        // ---- Message and robustness ----

        [Fact]
        public async Task Message_names_the_endpoint_and_the_path_to_the_identifier()
        {
            var source = MinimalApiUsings + @"
public static class Endpoints
{
    public static void Map(IEndpointRouteBuilder app, Db db) =>
        app.MapGroup(""/studio"").MapGet(""/viewers"", () => Results.Ok(db.Views.Select(v => new { v.UserId })));
}";
            using var workspace = new AdhocWorkspace();
            var solution = TestSolution.Create(workspace, ImmutableArray.Create(ImmutableArray.Create(source, App)), null);
            var diagnostic = Assert.Single(await AnalyzerRunner.GetDiagnosticsAsync(solution, new CreatorFacingEndpointAnalyzer()));
            Assert.Equal(
                "Creator-facing endpoint 'GET /studio/viewers' returns who its audience members are through 'Views[].UserId'; return an aggregate instead",
                diagnostic.GetMessage());
        }

        [Fact]
        public async Task Messages_name_the_source_of_each_endpoint_that_returns_the_same_row()
        {
            var source = MvcUsings + @"
public sealed class FanReport
{
    public int Views { get; set; }
    public Guid TopFanUserId { get; set; }
}

[ApiController, Authorize(Roles = ""Creator"")]
public sealed class ReportsController : ControllerBase
{
    public IActionResult Weekly()
    {
        var weekly = new FanReport();
        return Ok(weekly);
    }

    public IActionResult Monthly()
    {
        var monthly = new FanReport();
        return Ok(monthly);
    }
}";
            using var workspace = new AdhocWorkspace();
            var solution = TestSolution.Create(workspace, ImmutableArray.Create(ImmutableArray.Create(source, App)), null);
            var messages = (await AnalyzerRunner.GetDiagnosticsAsync(solution, new CreatorFacingEndpointAnalyzer()))
                .Select(d => d.GetMessage())
                .OrderBy(m => m, StringComparer.Ordinal);
            Assert.Equal(
                new[]
                {
                    "Creator-facing endpoint 'ReportsController.Monthly' returns who its audience members are through 'monthly.TopFanUserId'; return an aggregate instead",
                    "Creator-facing endpoint 'ReportsController.Weekly' returns who its audience members are through 'weekly.TopFanUserId'; return an aggregate instead",
                },
                messages);
        }

        [Fact]
        public async Task Payload_of_an_unknown_type_is_not_reported()
        {
            await VerifyMvcAsync(@"
[ApiController, Authorize(Roles = ""Creator"")]
public sealed class LikesController : ControllerBase
{
    public IActionResult Recent() => Ok({|CS0103:Missing|}.Load());

    public ActionResult<List<{|CS0246:Unknown|}>> Other() => null!;
}");
        }
    }
}
