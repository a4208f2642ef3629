using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using PrivacyAnalyzers.Tests.Verifiers;
using Xunit;

namespace PrivacyAnalyzers.Tests.Meta
{
    /// <summary>
    /// Analyzers stay silent, not wrong, on error types and missing symbols: nothing is reported on a construct the
    /// compiler cannot resolve, and a genuine violation next to it is still reported, so silent is not dead.
    /// Markup states both: <c>{|CS0246:Missing|}</c> for the compiler error, <c>{|PRIV001:ViewerIds|}</c> for the finding.
    /// </summary>
    public class UnresolvedSymbolTests
    {
        private const string Usings = "using System; using System.Collections.Generic; using System.Threading.Tasks;\n";

        private const string NotificationService = @"
public interface INotificationService
{
    Task NotifyAsync(Guid recipientId, string text);
}
";

        private const string MvcUsings = "using Microsoft.AspNetCore.Authorization; using Microsoft.AspNetCore.Mvc;\n";

        private const string User = @"
public sealed class User
{
    public Guid Id { get; set; }
    public string Handle { get; set; } = """";
}
";

        /// <summary>Fails unless every analyzer together reports exactly the findings, and the compiler exactly the errors, the markup states.</summary>
        private static async Task AssertDiagnosticsAsync(string markup)
        {
            var (source, spans) = TestMarkup.Parse(Usings + markup, defaultId: "PRIV001");
            var run = await AllAnalyzers.RunWithoutProblemsAsync(source);
            var path = TestSolution.DocumentPath(0, 0);

            var expected = Ordered(spans.Select(span => new DiagnosticSpan(path, span.Id, span.Span))).ToList();
            var actual = run.CompilerErrors.AddRange(run.Diagnostics);
            if (!expected.SequenceEqual(Ordered(actual.Select(Verification.ToDiagnosticSpan))))
            {
                Assert.Fail(DiagnosticReport.Mismatch(expected, actual, new Dictionary<string, string> { [path] = source }));
            }
        }

        private static IEnumerable<DiagnosticSpan> Ordered(IEnumerable<DiagnosticSpan> diagnostics) =>
            diagnostics.OrderBy(d => d.Span.Start).ThenBy(d => d.Span.End).ThenBy(d => d.Id, StringComparer.Ordinal);

        // ---- Creator-facing types (PRIV001, PRIV004) ----

        [Fact]
        public async Task Member_of_an_unresolved_type_is_not_reported()
        {
            await AssertDiagnosticsAsync(@"
public class CreatorStatsDto
{
    public {|CS0246:Missing|} ViewerIds { get; set; }
    public {|CS0246:MissingAddress|} LastViewerIp { get; set; }
    public List<Guid> {|PRIV001:FollowerIds|} { get; set; } = new();
}");
        }

        [Fact]
        public async Task Collection_of_an_unresolved_type_is_not_reported()
        {
            await AssertDiagnosticsAsync(@"
public class CreatorStatsDto
{
    public List<{|CS0246:Missing|}> ViewerIds { get; set; } = new();
    public Dictionary<{|CS0246:Missing|}, int> WatchSecondsByViewerId { get; set; } = new();
    public {|CS0246:Missing|}[] SubscriberEmails { get; set; } = { };
    public string[] {|PRIV001:FollowerEmails|} { get; set; } = { };
}");
        }

        [Fact]
        public async Task Single_audience_member_of_an_unresolved_user_type_is_not_reported()
        {
            await AssertDiagnosticsAsync(@"
public class ApplicationUser { public string Email { get; set; } = """"; }

public class CreatorStatsDto
{
    public {|CS0246:MissingUser|}? TopFan { get; set; }
    public ApplicationUser? {|PRIV001:LastUnliker|} { get; set; }
}");
        }

        [Fact]
        public async Task Row_whose_person_member_is_unresolved_is_not_an_identity_row()
        {
            await AssertDiagnosticsAsync(@"
public class ViewRow { public {|CS0246:MissingUser|}? Viewer { get; set; } public DateTimeOffset At { get; set; } }
public class LikeRow { public Guid UserId { get; set; } public DateTimeOffset At { get; set; } }

public class CreatorStatsDto
{
    public List<ViewRow> RecentViews { get; set; } = new();
    public List<LikeRow> {|PRIV001:RecentLikes|} { get; set; } = new();
}");
        }

        [Fact]
        public async Task Unresolved_base_types_do_not_stop_the_own_members_from_being_checked()
        {
            await AssertDiagnosticsAsync(@"
public class CreatorStatsDto : {|CS0246:MissingBase|}, {|CS0246:IMissing|}
{
    public int Views { get; set; }
    public List<Guid> {|PRIV001:ViewerIds|} { get; set; } = new();
}");
        }

        [Fact]
        public async Task Unresolved_attributes_do_not_stop_the_members_from_being_checked()
        {
            await AssertDiagnosticsAsync(@"
[{|CS0246:Audit|}.Tracked]
public class CreatorStatsDto
{
    [{|CS0246:Audit|}.Tracked]
    public List<Guid> {|PRIV001:ViewerIds|} { get; set; } = new();
}");
        }

        // ---- Notifications (PRIV002, PRIV003) ----

        [Fact]
        public async Task Call_on_an_unresolved_receiver_in_an_unlike_method_is_not_reported()
        {
            await AssertDiagnosticsAsync(NotificationService + @"
public sealed class Reactions
{
    private readonly INotificationService _notifier = null!;

    public async Task UnlikeAsync(Guid ownerId) => await {|CS0103:notifications|}.NotifyAsync(ownerId, ""A like was removed"");

    public async Task UnfollowAsync(Guid ownerId) => await {|PRIV002:_notifier.NotifyAsync(ownerId, ""You lost a follower"")|};
}");
        }

        [Fact]
        public async Task Call_on_a_notification_service_of_an_unresolved_type_is_not_reported()
        {
            await AssertDiagnosticsAsync(NotificationService + @"
public sealed class Downloads
{
    private readonly {|CS0246:MissingNotificationService|} _missing = null!;
    private readonly INotificationService _notifier = null!;

    public async Task DownloadVideoAsync(Guid ownerId)
    {
        await _missing.SendAsync(ownerId, ""Someone downloaded your video"");
        await {|PRIV003:_notifier.NotifyAsync(ownerId, ""Someone downloaded your video"")|};
    }
}");
        }

        [Fact]
        public async Task Unresolved_notify_helper_and_notification_type_in_an_unlike_method_are_not_reported()
        {
            await AssertDiagnosticsAsync(NotificationService + @"
public sealed class Reactions
{
    private readonly INotificationService _notifier = null!;

    public async Task UnlikeAsync(Guid ownerId)
    {
        {|CS0103:NotifyCreator|}(ownerId);
        var notification = new {|CS0246:UnlikeNotification|}(ownerId);
        await {|PRIV002:_notifier.NotifyAsync(ownerId, ""A like was removed"")|};
    }
}");
        }

        // ---- Endpoints (PRIV005) ----

        [Fact]
        public async Task Controller_deriving_from_an_unresolved_base_controller_is_not_reported()
        {
            await AssertDiagnosticsAsync(MvcUsings + User + @"
public sealed class FansController : {|CS0246:MissingStudioControllerBase|}
{
    public List<User> Fans() => new();
}

[ApiController, Authorize(Roles = ""Creator"")]
public sealed class FollowersController : ControllerBase
{
    public IActionResult Followers() => Ok({|PRIV005:new List<User>()|});
}");
        }

        [Fact]
        public async Task Action_returning_an_unresolved_type_is_not_reported()
        {
            await AssertDiagnosticsAsync(MvcUsings + User + @"
[ApiController, Authorize(Roles = ""Creator"")]
public sealed class AudienceController : ControllerBase
{
    public ActionResult<List<{|CS0246:MissingFollower|}>> Followers() => Ok({|CS0103:missingFollowers|});

    public IActionResult Fans() => Ok({|PRIV005:new List<User>()|});
}");
        }
    }
}
