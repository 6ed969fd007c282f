// Issue 12's speed target: grading a lesson takes at most 10 ms. Each iteration grades the largest built-in lesson
// (the most needed rules), from the engine's perfect answer and from an answer that opens every port in both
// directions of every task, the worst case for the "what would it expose" look-ups.
#include "model/lessongrader.h"
#include "model/lessonlibrary.h"
#include "model/portcatalog.h"

#include <QCoreApplication>

#include <benchmark/benchmark.h>

namespace {

// The built-in lesson whose perfect answer has the most lines.
Lesson largestLesson(const LessonGrader& grader)
{
    std::optional<Lesson> largest;
    qsizetype largestLines = -1;
    for (const BuiltinLesson& builtin : LessonLibrary::lessons()) {
        const Lesson lesson = *LessonLibrary::open(builtin.id, PortCatalog::builtin());
        qsizetype lines = 0;
        for (const TaskAnswer& answer : grader.modelAnswers(lesson).answers)
            lines += answer.rules.size() + answer.serverPorts.size();
        if (lines > largestLines) {
            largest = lesson;
            largestLines = lines;
        }
    }
    return *largest;
}

LessonAnswers everythingOpen(const Lesson& lesson)
{
    LessonAnswers answers;
    answers.lesson = lesson.id;
    QStringList zones;
    for (const Zone& zone : lesson.deployment.zones)
        zones.append(zone.id);
    for (const LessonTask& task : lesson.tasks) {
        TaskAnswer& answer = answers.answers[task.id];
        for (const Protocol protocol : {Protocol::Tcp, Protocol::Udp}) {
            answer.rules.append({task.from, task.to, protocol, QStringLiteral("1-65535")});
            answer.rules.append({task.to, task.from, protocol, QStringLiteral("1-65535")});
            answer.serverPorts.append({protocol, QStringLiteral("1-65535"), zones});
        }
    }
    return answers;
}

void gradeLargestLesson(benchmark::State& state)
{
    const LessonGrader grader(PortCatalog::builtin());
    const Lesson lesson = largestLesson(grader);
    const LessonAnswers answers = state.range(0) == 0 ? grader.modelAnswers(lesson) : everythingOpen(lesson);
    int rules = 0;
    for (auto _ : state) {
        const LessonGrade grade = grader.grade(lesson, answers);
        rules = 0;
        for (const TaskGrade& task : grade.tasks)
            rules += int(task.rules.size() + task.placements.size());
        benchmark::DoNotOptimize(grade.score);
    }
    state.SetLabel(lesson.id.toStdString() + (state.range(0) == 0 ? ", perfect answer" : ", everything open"));
    state.counters["feedbackLines"] = rules;
}

} // namespace

BENCHMARK(gradeLargestLesson)->Arg(0)->Arg(1)->Unit(benchmark::kMillisecond);

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
