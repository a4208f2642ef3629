using System.Linq;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using PrivacyAnalyzers.Map;
using PrivacyAnalyzers.Tests.Meta;
using PrivacyAnalyzers.Tests.Verifiers;
using Xunit;

namespace PrivacyAnalyzers.Tests.Map
{
    /// <summary>
    /// The privacy map (docs/privacy-map.md): every surface the analyzers judge, with the reason it is one, and every
    /// finding. A source compiled alone is mapped from <c>/src/</c>, so its file is <c>App.cs</c>.
    /// </summary>
    public class PrivacyMapTests
    {
        private static async Task<PrivacyMap> MapAsync(string source)
        {
            var tree = CSharpSyntaxTree.ParseText(source, new CSharpParseOptions(LanguageVersion.Latest), path: "/src/App.cs");
            var compilation = CSharpCompilation.Create(
                "App",
                new[] { tree },
                TestReferences.All,
                new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));
            Assert.Empty(compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error));
            return await PrivacyMapBuilder.BuildAsync("App", compilation, Policies.None, "/src");
        }

        // ---- types ----

        [Fact]
        public async Task Type_creator_facing_by_its_name_says_which_pattern_matched()
        {
            var map = await MapAsync(@"public class CreatorVideoStats { public int Views { get; init; } }");

            var type = Assert.Single(map.Types);
            Assert.Equal("its name matches '*Creator*Stats' (privacy.creator_facing_types)", type.CreatorFacingBecause);
            Assert.Null(type.ResponseBecause);
            Assert.Equal(("App.cs", 1), (type.Location.File, type.Location.Line));
        }

        [Fact]
        public async Task Type_creator_facing_through_a_marked_interface_names_the_interface()
        {
            var map = await MapAsync(@"
[System.AttributeUsage(System.AttributeTargets.All)] public class CreatorFacingAttribute : System.Attribute { }
[CreatorFacing] public interface IStudioPanel { }
public class ReachPanel : IStudioPanel { public int Views { get; init; } }");

            var panel = map.Types.Single(t => t.Name == "ReachPanel");
            Assert.Equal("'IStudioPanel', which it derives from or implements, is marked [CreatorFacing]", panel.CreatorFacingBecause);
        }

        [Fact]
        public async Task Type_in_a_creator_namespace_names_the_namespace_and_the_pattern()
        {
            var map = await MapAsync(@"namespace Clips.Studio { public class AudienceGrowth { public int NewFollowers { get; init; } } }");

            Assert.Equal("its namespace 'Clips.Studio' matches 'Studio' (privacy.creator_facing_namespaces)", Assert.Single(map.Types).CreatorFacingBecause);
        }

        [Fact]
        public async Task Response_type_says_why_it_is_one_and_a_request_type_is_not_listed()
        {
            var map = await MapAsync(@"
public class ProfileCardDto { public string Handle { get; init; } = """"; }
public class CreatePostDto { public string Caption { get; init; } = """"; }");

            var card = Assert.Single(map.Types);
            Assert.Equal("ProfileCardDto", card.Name);
            Assert.Equal("its name matches '*Dto' (privacy.response_types)", card.ResponseBecause);
        }

        [Fact]
        public async Task Name_pattern_is_the_reason_even_when_a_marker_says_so_too()
        {
            var map = await MapAsync(@"
[System.AttributeUsage(System.AttributeTargets.All)] public class CreatorFacingAttribute : System.Attribute { }
[CreatorFacing] public class CreatorVideoStats { public int Views { get; init; } }");

            Assert.Equal("its name matches '*Creator*Stats' (privacy.creator_facing_types)", map.Types.Single(t => t.Name == "CreatorVideoStats").CreatorFacingBecause);
        }

        [Fact]
        public async Task Response_type_by_its_namespace_names_the_namespace()
        {
            var map = await MapAsync(@"namespace Clips.Contracts { public class ProfileCard { public string Handle { get; init; } = """"; } }");

            Assert.Equal("its namespace 'Clips.Contracts' matches 'Contracts' (privacy.response_namespaces)", Assert.Single(map.Types).ResponseBecause);
        }

        [Fact]
        public async Task Razor_page_model_is_a_response_as_a_page_model()
        {
            var map = await MapAsync(@"public class ProfileModel : Microsoft.AspNetCore.Mvc.RazorPages.PageModel { public string Handle { get; set; } = """"; }");

            Assert.Equal("a Razor page's model", Assert.Single(map.Types).ResponseBecause);
        }

        [Fact]
        public async Task Type_that_is_no_surface_is_not_listed()
        {
            var map = await MapAsync(@"public class Video { public System.Guid OwnerId { get; init; } }");

            Assert.Empty(map.Types);
        }

        // ---- members and data categories ----

        [Fact]
        public async Task Reported_member_names_the_rule_and_the_category_of_the_finding()
        {
            var map = await MapAsync(@"public class CreatorAudienceDto { public System.Collections.Generic.List<string> SubscriberEmails { get; init; } = new(); }");

            var member = Assert.Single(Assert.Single(map.Types).Members);
            Assert.Equal(new[] { "PRIV001" }, member.Rules);
            Assert.Equal("user.contact.email", member.DataCategory);
        }

        [Fact]
        public async Task Subjects_own_identifier_has_its_category_and_no_rule()
        {
            var map = await MapAsync(@"public class CreatorVideoStats { public System.Guid CreatorId { get; init; } public int Views { get; init; } }");

            var members = Assert.Single(map.Types).Members;
            Assert.Equal(("CreatorId", "Guid", "user.unique_id"), (members[0].Name, members[0].Type, members[0].DataCategory));
            Assert.Empty(members[0].Rules);
            Assert.Null(members[1].DataCategory);
        }

        [Fact]
        public async Task Member_that_holds_a_person_or_rows_of_people_is_identified_by_id()
        {
            var map = await MapAsync(@"
using System.Collections.Generic;
public class UserDto { public int Id { get; init; } public string UserName { get; init; } = """"; }
public class CommentResponse { public string Content { get; init; } = """"; public UserDto CreatedBy { get; init; } = new(); public List<UserDto> Mentioned { get; init; } = new(); }");

            var members = map.Types.Single(t => t.Name == "CommentResponse").Members;
            Assert.Equal(new string?[] { null, "user.unique_id", "user.unique_id" }, members.Select(m => m.DataCategory));
        }

        [Fact]
        public async Task Contents_own_location_has_no_category()
        {
            var map = await MapAsync(@"public class CreatorVideoStats { public double? VideoLatitude { get; init; } public string? OwnerPostalCode { get; init; } }");

            var members = Assert.Single(map.Types).Members;
            Assert.Null(members.Single(m => m.Name == "VideoLatitude").DataCategory);
            Assert.Equal("user.location.precise", members.Single(m => m.Name == "OwnerPostalCode").DataCategory);
        }

        [Fact]
        public async Task Member_inherited_from_a_plain_base_is_listed_with_its_base_and_its_finding()
        {
            var map = await MapAsync(@"
public class AudienceBase { public System.Collections.Generic.List<System.Guid> ViewerIds { get; init; } = new(); }
public class CreatorReachReport : AudienceBase { public int Views { get; init; } }");

            var inherited = map.Types.Single(t => t.Name == "CreatorReachReport").Members.Single(m => m.Name == "AudienceBase.ViewerIds");
            Assert.Equal(new[] { "PRIV001" }, inherited.Rules);
        }

        [Fact]
        public async Task Inherited_member_takes_only_its_own_finding_not_one_of_a_longer_name()
        {
            var map = await MapAsync(@"
public class AudienceBase
{
    public System.Collections.Generic.List<System.Guid> ViewerIds { get; init; } = new();
    public string Viewer { get; init; } = """";
}
public class CreatorReachReport : AudienceBase { public int Views { get; init; } }");

            var members = map.Types.Single(t => t.Name == "CreatorReachReport").Members;
            Assert.Equal(new[] { "PRIV001" }, members.Single(m => m.Name == "AudienceBase.ViewerIds").Rules);
            Assert.Empty(members.Single(m => m.Name == "AudienceBase.Viewer").Rules);
        }

        [Fact]
        public async Task Suppressed_finding_is_marked_suppressed_on_its_member()
        {
            var map = await MapAsync(@"
public class CreatorFanReport
{
    [System.Diagnostics.CodeAnalysis.SuppressMessage(""Privacy"", ""PRIV001"", Justification = ""Fans opted in (consent record 12)"")]
    public System.Collections.Generic.List<string> FanHandles { get; init; } = new();
}");

            Assert.Equal(new[] { "PRIV001 (suppressed)" }, Assert.Single(Assert.Single(map.Types).Members).Rules);
        }

        [Fact]
        public async Task Type_split_over_partial_declarations_is_listed_once()
        {
            var map = await MapAsync(@"
public partial class CreatorVideoStats { public int Views { get; init; } }
public partial class CreatorVideoStats { public int Likes { get; init; } }");

            Assert.Equal(new[] { "Views", "Likes" }, Assert.Single(map.Types).Members.Select(m => m.Name));
        }

        [Fact]
        public async Task Member_filled_with_people_names_the_rule_reported_at_the_fill()
        {
            var map = await MapAsync(@"
using System.Collections.Generic;
using System.Linq;
public class Like { public System.Guid UserId { get; init; } }
public class VideoCardDto { public int LikeCount { get; init; } public List<System.Guid> Likes { get; init; } = new(); }
public static class Cards
{
    public static VideoCardDto ToCard(List<Like> likes) => new() { LikeCount = likes.Count, Likes = likes.Select(l => l.UserId).ToList() };
}");

            var members = Assert.Single(map.Types).Members;
            Assert.Equal(new[] { "PRIV007" }, members.Single(m => m.Name == "Likes").Rules);
            Assert.Empty(members.Single(m => m.Name == "LikeCount").Rules);
        }

        // ---- endpoints ----

        [Fact]
        public async Task Action_route_joins_the_controllers_template_and_the_actions()
        {
            var map = await MapAsync(@"
using Microsoft.AspNetCore.Mvc;
public class VideoStatsDto { public int Views { get; init; } }
[ApiController, Route(""api/creator/[controller]"")]
public class ReachController : ControllerBase
{
    [HttpGet(""{id}"")] public VideoStatsDto Get(int id) => new();
    [HttpDelete(""/admin/cache"")] public IActionResult Clear() => Ok();
    [HttpGet(""export""), HttpPost(""export/run"")] public IActionResult Export() => Ok();
}");

            var get = map.Endpoints.Single(e => e.Name == "ReachController.Get");
            Assert.Equal(new[] { "GET api/creator/Reach/{id}" }, get.Routes);
            Assert.True(get.CreatorFacing);
            Assert.Equal(new[] { "VideoStatsDto" }, get.Payloads);
            Assert.Equal(new[] { "DELETE /admin/cache" }, map.Endpoints.Single(e => e.Name == "ReachController.Clear").Routes);
            Assert.Equal(new[] { "GET api/creator/Reach/export", "POST api/creator/Reach/export/run" }, map.Endpoints.Single(e => e.Name == "ReachController.Export").Routes);
        }

        [Fact]
        public async Task Minimal_api_is_listed_with_its_route_and_whether_creators_call_it()
        {
            var map = await MapAsync(@"
using Microsoft.AspNetCore.Builder;
public record DailyViews(int Views);
public static class Routes
{
    public static void Map(WebApplication app)
    {
        app.MapGet(""/studio/views/daily"", () => new DailyViews(3));
        app.MapGet(""/videos/{id}"", (int id) => id);
    }
}");

            var studio = map.Endpoints.Single(e => e.Name == "GET /studio/views/daily");
            Assert.True(studio.CreatorFacing);
            Assert.Equal(new[] { "DailyViews" }, studio.Payloads);
            Assert.False(map.Endpoints.Single(e => e.Name == "GET /videos/{id}").CreatorFacing);
        }

        // ---- notification sinks and event contexts ----

        private const string Notifications = @"
using System.Threading.Tasks;
public interface INotificationService { Task SendAsync(System.Guid userId, string message); }
public class FollowService
{
    private readonly INotificationService _notifications;
    public FollowService(INotificationService notifications) => _notifications = notifications;
    public Task FollowAsync(System.Guid creatorId) => _notifications.SendAsync(creatorId, ""You have a new follower"");
    public Task UnfollowAsync(System.Guid creatorId) => _notifications.SendAsync(creatorId, ""Someone unfollowed you"");
}";

        [Fact]
        public async Task Sink_in_a_negative_event_names_the_event_and_the_rule()
        {
            var map = await MapAsync(Notifications);

            var unfollow = map.Sinks.Single(s => s.In == "FollowService.UnfollowAsync");
            Assert.Equal("INotificationService.SendAsync", unfollow.Sink);
            Assert.Equal(("negative", "method 'UnfollowAsync'"), (unfollow.Event, unfollow.EventBecause));
            Assert.Equal(new[] { "PRIV002" }, unfollow.Rules);
        }

        [Fact]
        public async Task Sink_outside_any_event_is_listed_without_one_and_unreported()
        {
            var map = await MapAsync(Notifications);

            var follow = map.Sinks.Single(s => s.In == "FollowService.FollowAsync");
            Assert.Null(follow.Event);
            Assert.Empty(follow.Rules);
        }

        [Fact]
        public async Task Call_to_a_helper_that_reaches_a_sink_in_an_event_is_listed_with_its_chain()
        {
            var map = await MapAsync(@"
using System.Threading.Tasks;
public interface INotificationService { Task SendAsync(System.Guid userId, string message); }
public class FollowService
{
    private readonly INotificationService _notifications;
    public FollowService(INotificationService notifications) => _notifications = notifications;
    public Task UnfollowAsync(System.Guid creatorId) => TellAsync(creatorId, ""Someone unfollowed you"");
    private Task TellAsync(System.Guid ownerId, string text) => _notifications.SendAsync(ownerId, text);
}");

            var helper = map.Sinks.Single(s => s.In == "FollowService.UnfollowAsync");
            Assert.StartsWith("TellAsync through ", helper.Sink);
            Assert.Equal(new[] { "PRIV002" }, helper.Rules);
        }

        [Fact]
        public async Task Sink_in_top_level_statements_is_listed()
        {
            var tree = CSharpSyntaxTree.ParseText(@"
using System.Threading.Tasks;
await new Notifier().NotifyAsync(System.Guid.Empty, ""hello"");
public class Notifier { public Task NotifyAsync(System.Guid userId, string message) => Task.CompletedTask; }", new CSharpParseOptions(LanguageVersion.Latest), path: "/src/Program.cs");
            var compilation = CSharpCompilation.Create("App", new[] { tree }, TestReferences.All, new CSharpCompilationOptions(OutputKind.ConsoleApplication));

            var map = await PrivacyMapBuilder.BuildAsync("App", compilation, Policies.None, "/src");

            Assert.Equal(("Notifier.NotifyAsync", "Program.cs", 3), (map.Sinks.Single().Sink, map.Sinks.Single().Location.File, map.Sinks.Single().Location.Line));
        }

        [Fact]
        public async Task Methods_that_run_in_an_event_are_listed_with_the_reason()
        {
            var map = await MapAsync(Notifications);

            var context = Assert.Single(map.EventContexts);
            Assert.Equal(("FollowService.UnfollowAsync", "negative", "method 'UnfollowAsync'"), (context.Method, context.Event, context.Because));
        }

        // ---- findings ----

        [Fact]
        public async Task Suppressed_finding_is_listed_as_suppressed_with_its_justification()
        {
            var map = await MapAsync(@"
using System.Diagnostics.CodeAnalysis;
public class CreatorFanReport
{
    [SuppressMessage(""Privacy"", ""PRIV001"", Justification = ""Fans opted in to be listed (consent record 12)"")]
    public System.Collections.Generic.List<string> FanHandles { get; init; } = new();
}");

            var finding = Assert.Single(map.Findings);
            Assert.True(finding.Suppressed);
            Assert.Equal("Fans opted in to be listed (consent record 12)", finding.Justification);
            Assert.Equal(("App.cs", 6), (finding.Location.File, finding.Location.Line));
        }

        [Fact]
        public async Task Invalid_policy_is_listed_as_a_finding_about_the_project()
        {
            var tree = CSharpSyntaxTree.ParseText("public class Video { }", path: "/src/App.cs");
            var compilation = CSharpCompilation.Create("App", new[] { tree }, TestReferences.All, new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));
            var options = Policies.FromGlobalConfigText("is_global = true\nprivacy.audience_wrods = Patron\n");

            var map = await PrivacyMapBuilder.BuildAsync("App", compilation, options, "/src");

            Assert.Equal("PRIV000", Assert.Single(map.Findings).Rule);
        }

        [Fact]
        public async Task Same_project_gives_the_same_map_twice()
        {
            var first = JsonMap.Write(new[] { await SampleMapAsync() });
            var second = JsonMap.Write(new[] { await SampleMapAsync() });

            Assert.Equal(first, second);
        }

        // ---- the sample ----

        [Fact]
        public async Task Sample_map_lists_every_marked_violation_and_nothing_else()
        {
            var map = await SampleMapAsync();

            var marked = SampleProject.Files
                .SelectMany(file => SampleProject.MarkedViolations(file).Select(v => $"{v.Id} {file.Replace('\\', '/')}:{v.Line}"))
                .Order();
            Assert.Equal(marked, map.Findings.Where(f => !f.Suppressed).Select(f => $"{f.Rule} {f.Location.File}:{f.Location.Line}").Order());
        }

        [Fact]
        public async Task Sample_map_places_every_finding_on_a_listed_surface()
        {
            var map = await SampleMapAsync();

            foreach (var finding in map.Findings)
            {
                var onSurface = finding.Rule switch
                {
                    "PRIV002" or "PRIV003" => map.Sinks.Any(s => s.Location == finding.Location && s.Rules.Contains(finding.Rule)),
                    _ when finding.Message.Contains("ndpoint '", System.StringComparison.Ordinal) => map.Endpoints.Any(e => finding.Message.Contains("'" + e.Name + "'", System.StringComparison.Ordinal)),
                    _ => map.Types.Any(t => finding.Message.Contains("'" + t.Name + "'", System.StringComparison.Ordinal) && t.Members.Any(m => m.Rules.Contains(finding.Rule))),
                };
                Assert.True(onSurface, $"{finding.Rule} at {finding.Location} is on no surface of the map: {finding.Message}");
            }
        }

        [Fact]
        public async Task Sample_map_member_rows_carry_exactly_the_findings_about_members()
        {
            var map = await SampleMapAsync();

            // A finding about a member names its type first: "Creator-facing type 'X' …", "Response type 'X' …".
            var aboutMembers = map.Findings
                .Where(f => f.Message.StartsWith("Creator-facing type '", System.StringComparison.Ordinal) || f.Message.StartsWith("Response type '", System.StringComparison.Ordinal))
                .Select(f => (Type: f.Message.Split('\'')[1], f.Rule))
                .Order()
                .ToList();
            var onRows = map.Types.SelectMany(t => t.Members.SelectMany(m => m.Rules.Select(rule => (Type: t.Name, Rule: rule)))).Order().ToList();
            Assert.NotEmpty(aboutMembers);
            Assert.Equal(aboutMembers, onRows);
        }

        [Fact]
        public async Task Sample_map_gives_the_reason_of_each_kind_of_surface()
        {
            var map = await SampleMapAsync();

            Assert.Equal("it is marked [CreatorFacing]", map.Types.Single(t => t.Name == "VideoReachReport").CreatorFacingBecause);
            Assert.Equal("its namespace 'Clipstream.Studio' matches 'Studio' (privacy.creator_facing_namespaces)", map.Types.Single(t => t.Name == "AudienceSnapshot").CreatorFacingBecause);
            Assert.Equal("its name matches '*Dto' (privacy.response_types)", map.Types.Single(t => t.Name == "NearbyPersonDto").ResponseBecause);
        }

        private static Task<PrivacyMap> SampleMapAsync() =>
            PrivacyMapBuilder.BuildAsync("CreatorStudio", SampleProject.Compilation, Policies.Sample, SampleProject.Folder);
    }
}
