using System.Threading.Tasks;
using Xunit;
using Verify = PrivacyAnalyzers.Tests.Verifiers.CSharpAnalyzerVerifier<PrivacyAnalyzers.Rules.SuppressionWithoutJustificationAnalyzer>;

namespace PrivacyAnalyzers.Tests.Rules
{
    public class SuppressionWithoutJustificationAnalyzerTests
    {
        private const string Usings = "using System; using System.Collections.Generic; using System.Diagnostics.CodeAnalysis;\n";

        private static Task VerifyAsync(string source) => Verify.VerifyAnalyzerAsync(Usings + source);

        // ---- [SuppressMessage] ----

        [Fact]
        public async Task SuppressMessage_of_a_privacy_rule_without_justification_is_reported()
        {
            await VerifyAsync(@"
public class CreatorVideoStatsDto
{
    [[|SuppressMessage(""Privacy"", ""PRIV001"")|]]
    public List<Guid> ViewerIds { get; set; } = new();
}");
        }

        [Fact]
        public async Task SuppressMessage_with_a_placeholder_justification_is_reported()
        {
            await VerifyAsync(@"
public class CreatorVideoStatsDto
{
    [[|SuppressMessage(""Privacy"", ""PRIV001:Creator-facing type exposes identifiers of audience members"", Justification = ""<Pending>"")|]]
    public List<Guid> ViewerIds { get; set; } = new();

    [[|SuppressMessage(""Privacy"", ""PRIV001"", Justification = ""  "")|]]
    public List<Guid> FanIds { get; set; } = new();
}");
        }

        [Fact]
        public async Task SuppressMessage_with_a_justification_is_not_reported()
        {
            await VerifyAsync(@"
public class CreatorVideoStatsDto
{
    [SuppressMessage(""Privacy"", ""PRIV001"", Justification = ""Moderation tool: shown to trust and safety staff, not to creators."")]
    public List<Guid> ReporterIds { get; set; } = new();
}");
        }

        [Fact]
        public async Task Justification_from_a_constant_counts()
        {
            await VerifyAsync(@"
static class Reasons { public const string Moderation = ""Shown to moderators only.""; }

public class CreatorVideoStatsDto
{
    [SuppressMessage(""Privacy"", ""PRIV001"", Justification = Reasons.Moderation)]
    public List<Guid> ReporterIds { get; set; } = new();
}");
        }

        [Fact]
        public async Task Assembly_level_SuppressMessage_without_justification_is_reported()
        {
            await VerifyAsync(@"
[assembly: [|SuppressMessage(""Privacy"", ""PRIV005"", Scope = ""member"", Target = ""~M:Admin.Likes"")|]]
");
        }

        [Fact]
        public async Task Suppression_of_other_rules_is_not_reported()
        {
            await VerifyAsync(@"
public class Video
{
    [SuppressMessage(""Design"", ""CA1002"")]
    public List<Guid> Tags { get; set; } = new();
}");
        }

        [Fact]
        public async Task An_attribute_of_another_namespace_named_SuppressMessage_is_not_reported()
        {
            await VerifyAsync(@"
namespace Legacy
{
    public sealed class SuppressMessageAttribute : Attribute { public SuppressMessageAttribute(string category, string checkId) { } }

    [SuppressMessage(""Privacy"", ""PRIV001"")]
    public class Report { }
}");
        }

        // ---- #pragma warning disable ----

        [Fact]
        public async Task Pragma_disable_of_a_privacy_rule_without_a_comment_is_reported()
        {
            await VerifyAsync(@"
public class CreatorVideoStatsDto
{
[|#pragma warning disable PRIV001|]
    public List<Guid> ViewerIds { get; set; } = new();
#pragma warning restore PRIV001
}");
        }

        [Fact]
        public async Task Pragma_disable_with_a_comment_on_the_same_line_is_not_reported()
        {
            await VerifyAsync(@"
public class CreatorVideoStatsDto
{
#pragma warning disable PRIV001 // Export for the creator's own legal request, reviewed by privacy team (PRIVACY-142)
    public List<Guid> ViewerIds { get; set; } = new();
#pragma warning restore PRIV001
}");
        }

        [Fact]
        public async Task Pragma_disable_with_a_placeholder_comment_is_reported()
        {
            await VerifyAsync(@"
public class CreatorVideoStatsDto
{
[|#pragma warning disable PRIV001|] // TODO
    public List<Guid> ViewerIds { get; set; } = new();
#pragma warning restore PRIV001
}");
        }

        [Fact]
        public async Task Pragma_disabling_a_privacy_rule_among_others_is_reported()
        {
            await VerifyAsync(@"
public class CreatorVideoStatsDto
{
[|#pragma warning disable CS0618, PRIV005|]
    public List<Guid> ViewerIds { get; set; } = new();
#pragma warning restore CS0618, PRIV005
}");
        }

        [Fact]
        public async Task Pragma_of_other_rules_and_restore_are_not_reported()
        {
            await VerifyAsync(@"
public class Video
{
#pragma warning disable CS0618
    public List<Guid> Tags { get; set; } = new();
#pragma warning restore CS0618
#pragma warning restore PRIV001
}");
        }
    }
}
