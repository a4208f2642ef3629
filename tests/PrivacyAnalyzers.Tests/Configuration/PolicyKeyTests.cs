using System.Linq;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;
using PrivacyAnalyzers.Rules;
using PrivacyAnalyzers.Tests.Verifiers;
using Xunit;
using Endpoints = PrivacyAnalyzers.Tests.Verifiers.CSharpAnalyzerVerifier<PrivacyAnalyzers.Rules.CreatorFacingEndpointAnalyzer>;
using Identifiers = PrivacyAnalyzers.Tests.Verifiers.CSharpAnalyzerVerifier<PrivacyAnalyzers.Rules.CreatorFacingAudienceIdentifierAnalyzer>;
using Negative = PrivacyAnalyzers.Tests.Verifiers.CSharpAnalyzerVerifier<PrivacyAnalyzers.Rules.NotificationOnNegativeEngagementAnalyzer>;
using Private = PrivacyAnalyzers.Tests.Verifiers.CSharpAnalyzerVerifier<PrivacyAnalyzers.Rules.CreatorNotifiedOfPrivateEngagementAnalyzer>;

namespace PrivacyAnalyzers.Tests.Configuration
{
    /// <summary>
    /// Each privacy.* key (privacy model §9) changes what the rules report: values extend the defaults, '-Value'
    /// removes a default, patterns take '*' and '?' over simple and full names. Keys work in a .globalconfig and in
    /// an .editorconfig section.
    /// </summary>
    public class PolicyKeyTests
    {
        private const string Notifier = @"
public interface INotificationService { System.Threading.Tasks.Task NotifyAsync(System.Guid recipientId, string text); }
public sealed class Video { public System.Guid Id { get; set; } public System.Guid OwnerId { get; set; } }
";

        private static string Global(string line) => "is_global = true\n" + line + "\n";

        // ---- privacy.creator_facing_types ----

        [Fact]
        public async Task Creator_facing_types_accept_a_question_mark_pattern()
        {
            await Identifiers.VerifyAnalyzerAsync(@"
public class PayoutStatementV2 { public System.Collections.Generic.List<System.Guid> [|SubscriberIds|] { get; set; } = new(); }
public class PayoutStatementV10 { public System.Collections.Generic.List<System.Guid> SubscriberIds { get; set; } = new(); }",
                Global("privacy.creator_facing_types = PayoutStatementV?"));
        }

        [Fact]
        public async Task Creator_facing_types_match_full_names_with_a_dotted_pattern()
        {
            await Identifiers.VerifyAnalyzerAsync(@"
namespace Acme.Payouts { public class Statement { public System.Collections.Generic.List<System.Guid> [|SubscriberIds|] { get; set; } = new(); } }
namespace Acme.Billing { public class Statement { public System.Collections.Generic.List<System.Guid> SubscriberIds { get; set; } = new(); } }",
                Global("privacy.creator_facing_types = Acme.Payouts.*"));
        }

        [Fact]
        public async Task Removing_a_default_creator_facing_type_pattern_makes_such_types_ordinary()
        {
            await Identifiers.VerifyAnalyzerAsync(@"
public class CreatorSyncDto { public System.Collections.Generic.List<System.Guid> ViewerIds { get; set; } = new(); }
public class CreatorSyncReport { public System.Collections.Generic.List<System.Guid> [|ViewerIds|] { get; set; } = new(); }",
                Global("privacy.creator_facing_types = -*Creator*Dto"));
        }

        // ---- privacy.creator_facing_namespaces ----

        [Fact]
        public async Task Removing_the_Studio_namespace_default_makes_its_types_ordinary()
        {
            await Identifiers.VerifyAnalyzerAsync(@"
namespace Acme.Studio { public class Snapshot { public System.Collections.Generic.List<System.Guid> ViewerIds { get; set; } = new(); } }",
                Global("privacy.creator_facing_namespaces = -Studio"));
        }

        [Fact]
        public async Task Creator_facing_namespaces_match_a_segment_pattern()
        {
            await Identifiers.VerifyAnalyzerAsync(@"
namespace Acme.PartnerPortal.Reports { public class Snapshot { public System.Collections.Generic.List<System.Guid> [|ViewerIds|] { get; set; } = new(); } }",
                Global("privacy.creator_facing_namespaces = Partner*"));
        }

        [Fact]
        public async Task Keys_in_an_editorconfig_section_apply()
        {
            await Identifiers.VerifyAnalyzerAsync(@"
namespace Acme.PartnerPortal { public class Snapshot { public System.Collections.Generic.List<System.Guid> [|ViewerIds|] { get; set; } = new(); } }",
                "root = true\n\n[*.cs]\nprivacy.creator_facing_namespaces = Partner*\n");
        }

        [Fact]
        public async Task Editorconfig_section_wins_over_the_project_wide_value_for_its_files()
        {
            const string Report = "public class Creator{0}Report {{ public System.Collections.Generic.List<System.Guid> TipperIds {{ get; set; }} = new(); public System.Collections.Generic.List<System.Guid> PatronIds {{ get; set; }} = new(); }}";
            using var workspace = new AdhocWorkspace();
            var project = TestSolution.Create(workspace, [[string.Format(Report, "Tips"), string.Format(Report, "Legacy")]], Global("privacy.audience_words = Tipper")).Projects.Single();
            project = project.AddAnalyzerConfigDocument(
                ".editorconfig", SourceText.From("root = true\n\n[Test1.cs]\nprivacy.audience_words = Patron\n"), filePath: "/.editorconfig").Project;

            var diagnostics = await AnalyzerRunner.GetDiagnosticsAsync(project, new CreatorFacingAudienceIdentifierAnalyzer());

            Assert.Equal(
                new[] { "CreatorLegacyReport.PatronIds", "CreatorTipsReport.TipperIds" },
                diagnostics.Select(d => d.GetMessage().Split('\'')[1] + "." + d.GetMessage().Split('\'')[3]).OrderBy(path => path, System.StringComparer.Ordinal));
        }

        // ---- privacy.audience_words, privacy.subject_words, privacy.user_types ----

        [Fact]
        public async Task Audience_words_extend_the_defaults()
        {
            await Identifiers.VerifyAnalyzerAsync(@"
public class CreatorTipsReport { public System.Collections.Generic.List<System.Guid> [|TipperIds|] { get; set; } = new(); }",
                Global("privacy.audience_words = Tipper"));
        }

        [Fact]
        public async Task Subject_words_extend_the_defaults()
        {
            await Identifiers.VerifyAnalyzerAsync(@"
public class CreatorLabelReport
{
    public System.Collections.Generic.List<System.Guid> ArtistUserIds { get; set; } = new();
    public System.Collections.Generic.List<System.Guid> [|GuestUserIds|] { get; set; } = new();
}",
                Global("privacy.subject_words = Artist"));
        }

        [Fact]
        public async Task Removing_a_subject_word_makes_its_names_audience_again()
        {
            await Identifiers.VerifyAnalyzerAsync(@"
public class CreatorTeamReport { public System.Collections.Generic.List<System.Guid> [|OwnerUserIds|] { get; set; } = new(); }",
                Global("privacy.subject_words = -Owner"));
        }

        [Fact]
        public async Task User_types_extend_the_defaults_by_pattern()
        {
            await Identifiers.VerifyAnalyzerAsync(@"
namespace Acme.Identity { public class Customer { public string Region { get; set; } = """"; } }
public class CreatorSalesReport { public System.Collections.Generic.List<Acme.Identity.Customer> [|Buyers|] { get; set; } = new(); }",
                Global("privacy.user_types = Acme.Identity.*"));
        }

        [Fact]
        public async Task Removing_a_default_user_type_makes_it_ordinary()
        {
            await Identifiers.VerifyAnalyzerAsync(@"
public class Member { public string Tier { get; set; } = """"; }
public class CreatorPlansReport { public System.Collections.Generic.List<Member> Tiers { get; set; } = new(); }",
                Global("privacy.user_types = -Member"));
        }

        // ---- privacy.creator_roles ----

        [Fact]
        public async Task Removing_the_creator_role_default_makes_creator_controllers_ordinary()
        {
            await Endpoints.VerifyAnalyzerAsync(@"
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
public sealed class Like { public System.Guid UserId { get; set; } }
[Authorize(Roles = ""Creator"")]
public sealed class LikesController : ControllerBase
{
    public IActionResult Recent() => Ok(new System.Collections.Generic.List<Like>());
}",
                Global("privacy.creator_roles = -*Creator*"));
        }

        [Fact]
        public async Task Creator_roles_accept_patterns()
        {
            await Endpoints.VerifyAnalyzerAsync(@"
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
public sealed class Like { public System.Guid UserId { get; set; } }
[Authorize(Policy = ""PartnerTier2"")]
public sealed class LikesController : ControllerBase
{
    public IActionResult Recent() => Ok([|new System.Collections.Generic.List<Like>()|]);
}",
                Global("privacy.creator_roles = Partner*"));
        }

        // ---- privacy.negative_events, privacy.private_events ----

        [Fact]
        public async Task Removing_a_negative_verb_silences_it()
        {
            await Negative.VerifyAnalyzerAsync(new[] { Notifier + @"
public sealed class Moderation
{
    private readonly INotificationService _notifier = null!;
    public System.Threading.Tasks.Task MuteAsync(Video video) => _notifier.NotifyAsync(video.OwnerId, ""muted"");
    public System.Threading.Tasks.Task BlockAsync(Video video) => [|_notifier.NotifyAsync(video.OwnerId, ""blocked"")|];
}" }, Global("privacy.negative_events = -Mute"));
        }

        [Fact]
        public async Task Private_verbs_extend_the_defaults()
        {
            await Private.VerifyAnalyzerAsync(new[] { Notifier + @"
public sealed class Player
{
    private readonly INotificationService _notifier = null!;
    public System.Threading.Tasks.Task PreviewAsync(Video video) => [|_notifier.NotifyAsync(video.OwnerId, ""someone previewed your video"")|];
}" }, Global("privacy.private_events = Preview"));
        }

        // ---- malformed entries ----

        [Fact]
        public async Task Malformed_entries_are_skipped_and_the_rest_applies()
        {
            await Identifiers.VerifyAnalyzerAsync(@"
public class CreatorTipsReport { public System.Collections.Generic.List<System.Guid> [|TipperIds|] { get; set; } = new(); }",
                Global("privacy.audience_words = Ti pper, Tipper"));
        }
    }
}
