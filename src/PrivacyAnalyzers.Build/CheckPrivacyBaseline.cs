using System.IO;
using PrivacyAnalyzers.Baseline;

namespace PrivacyAnalyzers.Build
{
    /// <summary>
    /// Before the compiler runs: a baseline that cannot be read is an error at the place that is wrong (PRIV101). The
    /// suppressor then suppresses nothing, rather than everything; without this task the build would fail on the findings
    /// with no word about why the baseline did not hold them.
    /// </summary>
    public sealed class CheckPrivacyBaseline : PrivacyBaselineTask
    {
        public override bool Execute()
        {
            if (!File.Exists(BaselineFile))
            {
                return true;
            }

            try
            {
                PrivacyBaselineFile.Parse(File.ReadAllText(BaselineFile));
                return true;
            }
            catch (JsonTextException problem)
            {
                Log.LogError(
                    subcategory: null, "PRIV101", helpKeyword: null, BaselineFile, problem.Line, problem.Column, endLineNumber: 0, endColumnNumber: 0,
                    $"The privacy baseline cannot be read: {problem.Problem}. It suppresses nothing until it is fixed, or written again with '{UpdateCommand}'.");
                return false;
            }
            catch (IOException problem)
            {
                Log.LogError(subcategory: null, "PRIV101", helpKeyword: null, BaselineFile, 0, 0, 0, 0, $"The privacy baseline cannot be read: {problem.Message}");
                return false;
            }
        }
    }
}
