using System;

namespace PrivacyAnalyzers
{
    /// <summary>Marks a method or type that handles a negative engagement event (unlike, unfollow, unsubscribe, block …). Nobody is notified of such events (PRIV002).</summary>
    [AttributeUsage(AttributeTargets.Class | AttributeTargets.Struct | AttributeTargets.Method, Inherited = true, AllowMultiple = false)]
    public sealed class NegativeEventAttribute : Attribute
    {
    }
}
