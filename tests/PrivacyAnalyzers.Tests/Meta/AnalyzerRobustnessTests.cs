using System.Threading.Tasks;
using Xunit;

namespace PrivacyAnalyzers.Tests.Meta
{
    /// <summary>Every analyzer survives what the IDE feeds it while a person types: nothing, and code that does not compile.</summary>
    public class AnalyzerRobustnessTests
    {
        private const string BrokenSource = @"
namespace Acme.Creators
{
    [CreatorFacing(
    public class CreatorStatsDto : MissingBase, IMissing<
    {
        public List<Guid> ViewerIds { get; set; } = new(
        public Missing<Guid, > Downloads;
        public record CreatorDigest(Guid CreatorId, IReadOnlyList<string> SubscriberEmails, ) : Unknown(
        public PagedResult<RecentViewer> RecentViewers => 
";

        [Fact]
        public async Task Analyzers_run_on_an_empty_file()
        {
            await AllAnalyzers.RunWithoutProblemsAsync(string.Empty);
        }

        [Fact]
        public async Task Analyzers_run_on_code_that_does_not_compile_and_report_only_inside_it()
        {
            // Problems name any analyzer that threw and any diagnostic outside the source.
            await AllAnalyzers.RunWithoutProblemsAsync(BrokenSource);
        }
    }
}
