#pragma once

#include <QString>

struct DeploymentOptions;

// How the deployment options read to a person, in the user's language: the Options panel's labels and tooltips, and
// the undo entry of an options change ("Enable POP3", "Set UM security to Secured (TLS, SRTP)").
namespace OptionLabels {

// The label of an on/off option, a choice option or a choice value ("POP3", "UM security", "SSL offloading");
// the name itself when there is none.
QString label(const QString& name);
// What the option does; empty when there is no explanation.
QString toolTip(const QString& name);
// The undo text of changing before into after: what changed when one thing did, else "Change options".
QString describeChange(const DeploymentOptions& before, const DeploymentOptions& after);

} // namespace OptionLabels
