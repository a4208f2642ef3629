using System;

namespace PrivacyAnalyzers
{
    /// <summary>Marks a type, controller, hub or endpoint whose data is shown to creators. Members of such a type are checked for audience identifiers (PRIV001) and precise audience location (PRIV004); endpoints so marked are checked by PRIV005.</summary>
    [AttributeUsage(AttributeTargets.Class | AttributeTargets.Struct | AttributeTargets.Interface | AttributeTargets.Method, Inherited = true, AllowMultiple = false)]
    public sealed class CreatorFacingAttribute : Attribute
    {
    }
}
