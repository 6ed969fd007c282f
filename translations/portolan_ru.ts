<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About Portolan</source>
        <translation>О программе Portolan</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Portolan %1&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Portolan %1&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Plans, draws and checks the network ports of Exchange deployments: the flows each role needs, the ports to open on every firewall, and live probes that show which ones are.&lt;/p&gt;&lt;p&gt;Built with Qt %1, running on Qt %2.&lt;/p&gt;&lt;p&gt;Uses Qt under the GNU LGPL version 3 and QCustomPlot under the GNU GPL version 3.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Планирует, рисует и проверяет сетевые порты развертываний Exchange: трафик, нужный каждой роли, порты, которые нужно открыть на каждом брандмауэре, и проверки в реальном времени, показывающие, какие из них открыты.&lt;/p&gt;&lt;p&gt;Собрано с Qt %1, работает на Qt %2.&lt;/p&gt;&lt;p&gt;Использует Qt по лицензии GNU LGPL версии 3 и QCustomPlot по лицензии GNU GPL версии 3.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>О &amp;Qt</translation>
    </message>
</context>
<context>
    <name>AnswerEditor</name>
    <message>
        <source>Direction</source>
        <translation>Направление</translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation>Протокол</translation>
    </message>
    <message>
        <source>Ports or service</source>
        <translation>Порты или служба</translation>
    </message>
    <message>
        <source>From zones</source>
        <translation>Из зон</translation>
    </message>
    <message>
        <source>&amp;Add Rule</source>
        <translation>&amp;Добавить правило</translation>
    </message>
    <message>
        <source>&amp;Remove Rule</source>
        <translation>&amp;Удалить правило</translation>
    </message>
    <message>
        <source>(not placed)</source>
        <translation>(не размещена)</translation>
    </message>
    <message>
        <source>443, 6001-6004, dynamic or a service</source>
        <translation>443, 6001-6004, dynamic или служба</translation>
    </message>
    <message>
        <source>(choose zones)</source>
        <translation>(выберите зоны)</translation>
    </message>
</context>
<context>
    <name>AsaWriter</name>
    <message>
        <source>cannot write the configuration: the output is not open for writing</source>
        <translation>не удаётся записать конфигурацию: вывод не открыт для записи</translation>
    </message>
    <message>
        <source>no firewall &quot;%1&quot; in the deployment (its firewalls: %2)</source>
        <translation>в развёртывании нет межсетевого экрана &quot;%1&quot; (его межсетевые экраны: %2)</translation>
    </message>
    <message>
        <source>firewall &quot;%1&quot;: the interface &quot;%2&quot; (zone &quot;%3&quot;) is not an ASA interface name (nameif): letters, digits, &apos;.&apos;, &apos;-&apos; or &apos;_&apos;</source>
        <translation>межсетевой экран &quot;%1&quot;: интерфейс &quot;%2&quot; (зона &quot;%3&quot;) — недопустимое имя интерфейса ASA (nameif): буквы, цифры, &apos;.&apos;, &apos;-&apos; или &apos;_&apos;</translation>
    </message>
    <message>
        <source>cannot write the configuration: %1</source>
        <translation>не удаётся записать конфигурацию: %1</translation>
    </message>
    <message>
        <source>firewall &quot;%1&quot; runs the servers of zone &quot;%2&quot; on itself (local); a Cisco ASA cannot run them, and its access rules filter only traffic through it: export this firewall for nftables (a Linux firewall host), or give the zone an interface of the firewall instead of local</source>
        <translation>межсетевой экран &quot;%1&quot; сам запускает серверы зоны &quot;%2&quot; (local); Cisco ASA не может их запускать, а её правила доступа фильтруют только проходящий через неё трафик: экспортируйте этот межсетевой экран для nftables (хост Linux) или дайте зоне интерфейс межсетевого экрана вместо local</translation>
    </message>
</context>
<context>
    <name>BoundaryChips</name>
    <message>
        <source>Ports: ?</source>
        <translation>Порты: ?</translation>
    </message>
</context>
<context>
    <name>BoundaryItem</name>
    <message>
        <source>No firewall joins these zones</source>
        <translation>Ни один брандмауэр не соединяет эти зоны</translation>
    </message>
    <message>
        <source>Firewall: %1</source>
        <translation>Брандмауэр: %1</translation>
    </message>
    <message>
        <source>No firewall</source>
        <translation>Нет брандмауэра</translation>
    </message>
</context>
<context>
    <name>CatalogTexts</name>
    <message>
        <source>cannot read the file: %1</source>
        <translation>не удаётся прочитать файл: %1</translation>
    </message>
    <message>
        <source>not a catalog texts file: the top level is not a JSON object</source>
        <translation>это не файл текстов каталога: верхний уровень не является объектом JSON</translation>
    </message>
    <message>
        <source>unknown key</source>
        <translation>неизвестный ключ</translation>
    </message>
    <message>
        <source>expected &quot;%1&quot;</source>
        <translation>ожидается &quot;%1&quot;</translation>
    </message>
    <message>
        <source>expected %1</source>
        <translation>ожидается %1</translation>
    </message>
    <message>
        <source>expected a language code such as &quot;de&quot;</source>
        <translation>ожидается код языка, например &quot;de&quot;</translation>
    </message>
    <message>
        <source>expected an object of catalog entry ids</source>
        <translation>ожидается объект с идентификаторами записей каталога</translation>
    </message>
    <message>
        <source>expected an object</source>
        <translation>ожидается объект</translation>
    </message>
    <message>
        <source>expected a text that is not empty</source>
        <translation>ожидается непустой текст</translation>
    </message>
</context>
<context>
    <name>CheckedWrite</name>
    <message>
        <source>an earlier write failed</source>
        <translation>предыдущая запись не удалась</translation>
    </message>
    <message>
        <source>the output is not open for writing</source>
        <translation>вывод не открыт для записи</translation>
    </message>
</context>
<context>
    <name>CldapCheck</name>
    <message>
        <source>CLDAP, root DSE</source>
        <translation>CLDAP, корневой DSE</translation>
    </message>
</context>
<context>
    <name>CompareActions</name>
    <message>
        <source>Compare &amp;With…</source>
        <translation>&amp;Сравнить с…</translation>
    </message>
    <message>
        <source>S&amp;top Comparing</source>
        <translation>&amp;Завершить сравнение</translation>
    </message>
    <message>
        <source>Compare the port matrix with another deployment file or another Exchange version</source>
        <translation>Сравнить матрицу портов с другим файлом развёртывания или другой версией Exchange</translation>
    </message>
    <message>
        <source>Cannot compare</source>
        <translation>Сравнение невозможно</translation>
    </message>
    <message>
        <source>%1 cannot be opened:
%2</source>
        <translation>Не удаётся открыть %1:
%2</translation>
    </message>
    <message>
        <source>This deployment (%1)</source>
        <translation>Это развёртывание (%1)</translation>
    </message>
    <message>
        <source>The same under %1</source>
        <translation>Оно же в %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>this deployment</source>
        <translation>этом развёртывании</translation>
    </message>
    <message>
        <source>Comparison</source>
        <translation>Сравнение</translation>
    </message>
</context>
<context>
    <name>CompareDialog</name>
    <message>
        <source>Another deployment &amp;file:</source>
        <translation>Другой &amp;файл развёртывания:</translation>
    </message>
    <message>
        <source>This deployment under Exchange &amp;version:</source>
        <translation>Это развёртывание в &amp;версии Exchange:</translation>
    </message>
    <message>
        <source>Compare With</source>
        <translation>Сравнить с</translation>
    </message>
    <message>
        <source>&amp;Compare</source>
        <translation>&amp;Сравнить</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Обзор…</translation>
    </message>
    <message>
        <source>Compare with deployment</source>
        <translation>Сравнить с развёртыванием</translation>
    </message>
    <message>
        <source>Portolan deployments (*.portolan)</source>
        <translation>Развёртывания Portolan (*.portolan)</translation>
    </message>
    <message>
        <source>This deployment is A, the same under that version is B: the comparison says what to open for the new servers and what may be closed once the old ones are gone.</source>
        <translation>Это развёртывание — A, оно же в выбранной версии — B: сравнение показывает, что открыть для новых серверов и что можно закрыть, когда старых не станет.</translation>
    </message>
    <message>
        <source>The file is A, this deployment is B: the comparison says what this deployment opens and closes compared with the file.</source>
        <translation>Файл — A, это развёртывание — B: сравнение показывает, что это развёртывание открывает и закрывает по сравнению с файлом.</translation>
    </message>
    <message>
        <source>Comparing changes only what the window shows: the deployment, its undo history, the saved file and the exports stay as they are.</source>
        <translation>Сравнение меняет только то, что показывает окно: развёртывание, история отмены, сохранённый файл и экспорт остаются без изменений.</translation>
    </message>
</context>
<context>
    <name>ComparisonLook</name>
    <message>
        <source>Unchanged</source>
        <translation>Без изменений</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Добавлено</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>Удалено</translation>
    </message>
    <message>
        <source>Ports changed</source>
        <translation>Порты изменены</translation>
    </message>
    <message>
        <source>Other servers</source>
        <translation>Другие серверы</translation>
    </message>
    <message numerus="yes">
        <source>%1 and %n more</source>
        <translation>
            <numerusform>%1 и ещё %n</numerusform>
            <numerusform>%1 и ещё %n</numerusform>
            <numerusform>%1 и ещё %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Added in %1: %2 (%3) for %4</source>
        <translation>Добавлено в %1: %2 (%3) для %4</translation>
    </message>
    <message>
        <source>Removed in %1: %2 (%3) for %4</source>
        <translation>Удалено в %1: %2 (%3) для %4</translation>
    </message>
    <message>
        <source>Ports %1 → %2 in %3</source>
        <translation>Порты %1 → %2 в %3</translation>
    </message>
    <message>
        <source>Opens %1</source>
        <translation>Открывает %1</translation>
    </message>
    <message>
        <source>Closes %1</source>
        <translation>Закрывает %1</translation>
    </message>
    <message>
        <source>Same ports, other servers in %1</source>
        <translation>Те же порты, другие серверы в %1</translation>
    </message>
    <message>
        <source>Now also for %1</source>
        <translation>Теперь также для %1</translation>
    </message>
    <message>
        <source>No longer for %1</source>
        <translation>Больше не для %1</translation>
    </message>
    <message>
        <source>New sources: %1</source>
        <translation>Новые источники: %1</translation>
    </message>
    <message>
        <source>Sources gone: %1</source>
        <translation>Исчезнувшие источники: %1</translation>
    </message>
</context>
<context>
    <name>ComparisonPanel</name>
    <message>
        <source>added</source>
        <translation>добавлено</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>удалено</translation>
    </message>
    <message>
        <source>widened</source>
        <translation>расширено</translation>
    </message>
    <message>
        <source>narrowed</source>
        <translation>сужено</translation>
    </message>
    <message>
        <source>opened and closed</source>
        <translation>открыто и закрыто</translation>
    </message>
    <message>
        <source>other servers</source>
        <translation>другие серверы</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>без изменений</translation>
    </message>
    <message>
        <source>A: %1
B: %2</source>
        <translation>A: %1
B: %2</translation>
    </message>
    <message>
        <source>No differences: the port matrices are equal.</source>
        <translation>Различий нет: матрицы портов совпадают.</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Zones only in B: %1</source>
        <translation>Зоны только в B: %1</translation>
    </message>
    <message>
        <source>Zones only in A: %1</source>
        <translation>Зоны только в A: %1</translation>
    </message>
    <message>
        <source>Inside %1 (host firewalls)</source>
        <translation>Внутри %1 (брандмауэры узлов)</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>Click to select this boundary&apos;s changed rules on the diagram</source>
        <translation>Щёлкните, чтобы выделить изменённые правила этой границы на схеме</translation>
    </message>
    <message>
        <source>Nothing to open</source>
        <translation>Открывать нечего</translation>
    </message>
    <message>
        <source>Open %1</source>
        <translation>Открыть %1</translation>
    </message>
    <message>
        <source>Nothing to close</source>
        <translation>Закрывать нечего</translation>
    </message>
    <message>
        <source>Close %1</source>
        <translation>Закрыть %1</translation>
    </message>
    <message>
        <source>%1: %2 (%3)</source>
        <translation>%1: %2 (%3)</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more changed rules</source>
        <translation>
            <numerusform>… и ещё %n изменённое правило</numerusform>
            <numerusform>… и ещё %n изменённых правила</numerusform>
            <numerusform>… и ещё %n изменённых правил</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ConsequencesPanel</name>
    <message>
        <source>&amp;Unblock All</source>
        <translation>&amp;Разблокировать всё</translation>
    </message>
    <message>
        <source>Clear the &amp;Question</source>
        <translation>&amp;Сбросить вопрос</translation>
    </message>
    <message>
        <source>Nothing is blocked. Right-click a port chip on a firewall, a flow arrow or a row of the port matrix and choose &quot;Block (what-if)&quot; to see who would lose which service. &quot;Open an extra port (what-if)&quot; on a firewall tells whether any flow needs a port and what it would expose. The deployment itself never changes.</source>
        <translation>Ничего не заблокировано. Щёлкните правой кнопкой мыши по метке порта на межсетевом экране, по стрелке потока или по строке матрицы портов и выберите «Заблокировать (что если)», чтобы увидеть, кто какую службу потеряет. «Открыть дополнительный порт (что если)» на межсетевом экране показывает, нужен ли порт какому-либо потоку и что он откроет. Само развёртывание никогда не меняется.</translation>
    </message>
    <message>
        <source>What-if: %1 blocked, %2 broken.</source>
        <comment>rules, flows</comment>
        <translation>Что если: заблокировано — %1, нарушено — %2.</translation>
    </message>
    <message numerus="yes">
        <source>%n rule(s)</source>
        <translation>
            <numerusform>%n правило</numerusform>
            <numerusform>%n правила</numerusform>
            <numerusform>%n правил</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n flow(s)</source>
        <translation>
            <numerusform>%n поток</numerusform>
            <numerusform>%n потока</numerusform>
            <numerusform>%n потоков</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing is blocked.</source>
        <translation>Ничего не заблокировано.</translation>
    </message>
    <message>
        <source>Opening %1 from %2 to %3 (what-if)</source>
        <translation>Открытие %1 из %2 в %3 (что если)</translation>
    </message>
    <message>
        <source>No flow of this deployment needs it.</source>
        <translation>Ни одному потоку этого развёртывания он не нужен.</translation>
    </message>
    <message numerus="yes">
        <source>Needed by %n rule(s) already:</source>
        <translation>
            <numerusform>Уже нужен %n правилу:</numerusform>
            <numerusform>Уже нужен %n правилам:</numerusform>
            <numerusform>Уже нужен %n правилам:</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 → %2: %3 (%4)</source>
        <translation>%1 → %2: %3 (%4)</translation>
    </message>
    <message>
        <source>It would expose an unknown service: no entry of the catalog listens on this port behind this firewall.</source>
        <translation>Он откроет неизвестную службу: ни одна запись каталога не прослушивает этот порт за этим межсетевым экраном.</translation>
    </message>
    <message>
        <source>It would expose:</source>
        <translation>Он откроет:</translation>
    </message>
    <message>
        <source>%1 on %2 (switched off in this deployment&apos;s options)</source>
        <translation>%1 на %2 (выключено в параметрах этого развёртывания)</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 на %2</translation>
    </message>
</context>
<context>
    <name>DeploymentCommands</name>
    <message>
        <source>Add %1</source>
        <translation>Добавить %1</translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation>Удалить %1</translation>
    </message>
    <message>
        <source>Move %1 to %2</source>
        <translation>Переместить %1 в %2</translation>
    </message>
    <message>
        <source>Change roles of %1</source>
        <translation>Изменить роли %1</translation>
    </message>
    <message>
        <source>Change address of %1</source>
        <translation>Изменить адрес %1</translation>
    </message>
    <message>
        <source>Change Exchange version of %1</source>
        <translation>Изменить версию Exchange для %1</translation>
    </message>
    <message>
        <source>Rename %1</source>
        <translation>Переименовать %1</translation>
    </message>
    <message>
        <source>Add zone %1</source>
        <translation>Добавить зону %1</translation>
    </message>
    <message>
        <source>Remove zone %1</source>
        <translation>Удалить зону %1</translation>
    </message>
    <message>
        <source>Rename zone %1</source>
        <translation>Переименовать зону %1</translation>
    </message>
    <message>
        <source>Change kind of zone %1</source>
        <translation>Изменить тип зоны %1</translation>
    </message>
    <message>
        <source>Change colour of zone %1</source>
        <translation>Изменить цвет зоны %1</translation>
    </message>
    <message>
        <source>Assume clients and mail servers in zone %1</source>
        <translation>Считать, что в зоне %1 есть клиенты и почтовые серверы</translation>
    </message>
    <message>
        <source>Assume no clients or mail servers in zone %1</source>
        <translation>Считать, что в зоне %1 нет клиентов и почтовых серверов</translation>
    </message>
    <message>
        <source>Move zone %1</source>
        <translation>Переместить зону %1</translation>
    </message>
    <message>
        <source>Change options</source>
        <translation>Изменить параметры</translation>
    </message>
    <message>
        <source>Change Exchange version to %1</source>
        <translation>Изменить версию Exchange на %1</translation>
    </message>
    <message>
        <source>Rename deployment</source>
        <translation>Переименовать развертывание</translation>
    </message>
    <message>
        <source>Change dynamic RPC range of %1</source>
        <translation>Изменить динамический диапазон RPC для %1</translation>
    </message>
    <message>
        <source>Let %1 carry hybrid mail flow</source>
        <translation>Направить гибридный почтовый поток через %1</translation>
    </message>
    <message>
        <source>Take hybrid mail flow off %1</source>
        <translation>Убрать гибридный почтовый поток с %1</translation>
    </message>
    <message>
        <source>Mark %1 as holding a public folder database</source>
        <translation>Отметить, что на %1 есть база данных общих папок</translation>
    </message>
    <message>
        <source>Mark %1 as holding no public folder database</source>
        <translation>Отметить, что на %1 нет базы данных общих папок</translation>
    </message>
    <message>
        <source>Change deployment description</source>
        <translation>Изменить описание развёртывания</translation>
    </message>
    <message>
        <source>Enable %1</source>
        <translation>Включить: %1</translation>
    </message>
    <message>
        <source>Disable %1</source>
        <translation>Выключить: %1</translation>
    </message>
    <message>
        <source>Set %1 to %2</source>
        <translation>%1: установить «%2»</translation>
    </message>
    <message>
        <source>static RPC ports</source>
        <translation>статические порты RPC</translation>
    </message>
    <message>
        <source>Set static RPC ports</source>
        <translation>Задать статические порты RPC</translation>
    </message>
    <message>
        <source>database availability group</source>
        <translation>группа обеспечения доступности баз данных</translation>
    </message>
    <message>
        <source>Set the replication port to %1</source>
        <translation>Установить порт репликации %1</translation>
    </message>
    <message>
        <source>Set the dynamic RPC range to %1</source>
        <translation>Установить динамический диапазон RPC %1</translation>
    </message>
    <message>
        <source>Use the Windows default dynamic RPC range</source>
        <translation>Использовать динамический диапазон RPC Windows по умолчанию</translation>
    </message>
    <message>
        <source>Set the UM RTP range to %1</source>
        <translation>Установить диапазон RTP для UM %1</translation>
    </message>
    <message>
        <source>Change networks of zone %1</source>
        <translation>Изменить сети зоны %1</translation>
    </message>
    <message>
        <source>Add firewall %1</source>
        <translation>Добавить межсетевой экран %1</translation>
    </message>
    <message>
        <source>Remove firewall %1</source>
        <translation>Удалить межсетевой экран %1</translation>
    </message>
    <message>
        <source>Rename firewall %1</source>
        <translation>Переименовать межсетевой экран %1</translation>
    </message>
    <message>
        <source>Change interfaces of firewall %1</source>
        <translation>Изменить интерфейсы межсетевого экрана %1</translation>
    </message>
    <message>
        <source>Make firewalls explicit</source>
        <translation>Сделать межсетевые экраны явными</translation>
    </message>
    <message>
        <source>Firewall %1</source>
        <translation>Межсетевой экран %1</translation>
    </message>
    <message>
        <source>Change servers run by firewall %1</source>
        <translation>Изменить серверы, работающие на межсетевом экране %1</translation>
    </message>
</context>
<context>
    <name>DeploymentInspector</name>
    <message>
        <source>What this layout is for, who owns it…</source>
        <translation>Для чего эта схема, кто за неё отвечает…</translation>
    </message>
    <message>
        <source>The Exchange version of servers that do not name their own. Options you set stay as they are.</source>
        <translation>Версия Exchange для серверов, у которых не указана своя. Заданные вами параметры остаются без изменений.</translation>
    </message>
    <message>
        <source>Select a server, a zone, a port chip or a flow on the diagram to see its details; drag a role from the Roles palette into a zone to add a server.</source>
        <translation>Выберите на схеме сервер, зону, метку портов или поток, чтобы увидеть подробности; перетащите роль из палитры ролей в зону, чтобы добавить сервер.</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Имя:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Описание:</translation>
    </message>
    <message>
        <source>E&amp;xchange:</source>
        <translation>E&amp;xchange:</translation>
    </message>
    <message>
        <source>Deployment</source>
        <translation>Развёртывание</translation>
    </message>
    <message>
        <source>Zones: %1 · Servers: %2 · Rules between zones: %3</source>
        <translation>Зон: %1 · Серверов: %2 · Правил между зонами: %3</translation>
    </message>
    <message>
        <source>Add Firewall</source>
        <translation>Добавить межсетевой экран</translation>
    </message>
    <message>
        <source>Adds a firewall joining two neighbouring zones and shows it, to pick its zones and name its interfaces. Firewalls implied by the lanes are listed first, so that the flows keep their way.</source>
        <translation>Добавляет межсетевой экран, соединяющий две соседние зоны, и показывает его, чтобы выбрать зоны и назвать интерфейсы. Межсетевые экраны, заданные дорожками, сначала вносятся явно, чтобы потоки сохранили свой путь.</translation>
    </message>
    <message>
        <source>Firewalls</source>
        <translation>Межсетевые экраны</translation>
    </message>
    <message>
        <source>Implied by the lanes: one between each pair of neighbouring zones.</source>
        <translation>Заданы дорожками: по одному между каждой парой соседних зон.</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Нет</translation>
    </message>
</context>
<context>
    <name>DeploymentReader</name>
    <message>
        <source>%1 (known: %2)</source>
        <translation>%1 (известные: %2)</translation>
    </message>
    <message>
        <source>%1; did you mean &quot;%2&quot;?</source>
        <translation>%1; возможно, имелось в виду &quot;%2&quot;?</translation>
    </message>
    <message>
        <source>unknown key &quot;%1&quot;</source>
        <translation>неизвестный ключ &quot;%1&quot;</translation>
    </message>
    <message>
        <source>unknown key &quot;%1&quot;; did you mean &quot;%2&quot;?</source>
        <translation>неизвестный ключ &quot;%1&quot;; возможно, имелось в виду &quot;%2&quot;?</translation>
    </message>
    <message>
        <source>required key is missing</source>
        <translation>отсутствует обязательный ключ</translation>
    </message>
    <message>
        <source>expected a string</source>
        <translation>ожидается строка</translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation>не может быть пустым</translation>
    </message>
    <message>
        <source>invalid id &quot;%1&quot;: use only letters, digits, &apos;.&apos;, &apos;_&apos; and &apos;-&apos;</source>
        <translation>недопустимый идентификатор &quot;%1&quot;: используйте только буквы, цифры, &apos;.&apos;, &apos;_&apos; и &apos;-&apos;</translation>
    </message>
    <message>
        <source>expected a port number from 1 to 65535</source>
        <translation>ожидается номер порта от 1 до 65535</translation>
    </message>
    <message>
        <source>not a Portolan deployment: the top level is not a JSON object</source>
        <translation>это не развертывание Portolan: верхний уровень не является объектом JSON</translation>
    </message>
    <message>
        <source>required key is missing; is this a Portolan deployment?</source>
        <translation>отсутствует обязательный ключ; является ли файл развертыванием Portolan?</translation>
    </message>
    <message>
        <source>expected &quot;%1&quot;; this is not a Portolan deployment</source>
        <translation>ожидается &quot;%1&quot;; это не развертывание Portolan</translation>
    </message>
    <message>
        <source>expected an integer</source>
        <translation>ожидается целое число</translation>
    </message>
    <message>
        <source>this file uses format version %1, newer than this Portolan (%2); open it with a newer Portolan</source>
        <translation>в этом файле используется версия формата %1, более новая, чем в этой версии Portolan (%2); откройте его в более новой версии Portolan</translation>
    </message>
    <message>
        <source>unsupported format version %1</source>
        <translation>неподдерживаемая версия формата %1</translation>
    </message>
    <message>
        <source>unknown version &quot;%1&quot;</source>
        <translation>неизвестная версия &quot;%1&quot;</translation>
    </message>
    <message>
        <source>expected an object</source>
        <translation>ожидается объект</translation>
    </message>
    <message>
        <source>duplicate zone id &quot;%1&quot;</source>
        <translation>повторяющийся идентификатор зоны &quot;%1&quot;</translation>
    </message>
    <message>
        <source>unknown zone kind &quot;%1&quot;</source>
        <translation>неизвестный тип зоны &quot;%1&quot;</translation>
    </message>
    <message>
        <source>expected a colour &quot;#rrggbb&quot;, found &quot;%1&quot;</source>
        <translation>ожидается цвет &quot;#rrggbb&quot;, получено &quot;%1&quot;</translation>
    </message>
    <message>
        <source>duplicate server id &quot;%1&quot;</source>
        <translation>повторяющийся идентификатор сервера &quot;%1&quot;</translation>
    </message>
    <message>
        <source>unknown zone &quot;%1&quot;</source>
        <translation>неизвестная зона &quot;%1&quot;</translation>
    </message>
    <message>
        <source>expected an array of strings</source>
        <translation>ожидается массив строк</translation>
    </message>
    <message>
        <source>unknown role &quot;%1&quot;</source>
        <translation>неизвестная роль &quot;%1&quot;</translation>
    </message>
    <message>
        <source>duplicate role &quot;%1&quot;</source>
        <translation>повторяющаяся роль &quot;%1&quot;</translation>
    </message>
    <message>
        <source>expected a port range string such as &quot;49152-65535&quot;</source>
        <translation>ожидается строка с диапазоном портов, например &quot;49152-65535&quot;</translation>
    </message>
    <message>
        <source>invalid port range &quot;%1&quot;: expected &quot;first-last&quot; with ports from 1 to 65535</source>
        <translation>недопустимый диапазон портов &quot;%1&quot;: ожидается &quot;первый-последний&quot; с портами от 1 до 65535</translation>
    </message>
    <message>
        <source>unknown value &quot;%1&quot; (allowed: %2)</source>
        <translation>неизвестное значение &quot;%1&quot; (допустимо: %2)</translation>
    </message>
    <message>
        <source>expected a port range string such as &quot;1024-65535&quot;</source>
        <translation>ожидается строка с диапазоном портов, например &quot;1024-65535&quot;</translation>
    </message>
    <message>
        <source>expected an array of networks such as [&quot;192.0.2.0/24&quot;]</source>
        <translation>ожидается массив сетей, например [&quot;192.0.2.0/24&quot;]</translation>
    </message>
    <message>
        <source>expected a string such as &quot;192.0.2.0/24&quot;</source>
        <translation>ожидается строка, например &quot;192.0.2.0/24&quot;</translation>
    </message>
    <message>
        <source>duplicate network &quot;%1&quot;</source>
        <translation>повторяющаяся сеть &quot;%1&quot;</translation>
    </message>
    <message>
        <source>expected an array</source>
        <translation>ожидается массив</translation>
    </message>
    <message>
        <source>duplicate firewall id &quot;%1&quot;</source>
        <translation>повторяющийся id межсетевого экрана &quot;%1&quot;</translation>
    </message>
    <message>
        <source>expected an object of zone ids and interface names, such as {&quot;dmz&quot;: &quot;dmz&quot;}</source>
        <translation>ожидается объект из id зон и имён интерфейсов, например {&quot;dmz&quot;: &quot;dmz&quot;}</translation>
    </message>
    <message>
        <source>expected the interface&apos;s name, such as &quot;outside&quot;</source>
        <translation>ожидается имя интерфейса, например &quot;outside&quot;</translation>
    </message>
    <message>
        <source>invalid interface name &quot;%1&quot;: use only letters, digits, &apos;.&apos;, &apos;_&apos; and &apos;-&apos;</source>
        <translation>недопустимое имя интерфейса &quot;%1&quot;: используйте только буквы, цифры, &apos;.&apos;, &apos;_&apos; и &apos;-&apos;</translation>
    </message>
    <message>
        <source>interface &quot;%1&quot; already faces zone &quot;%2&quot;; each interface faces one zone</source>
        <translation>интерфейс &quot;%1&quot; уже обращён к зоне &quot;%2&quot;; каждый интерфейс обращён к одной зоне</translation>
    </message>
    <message>
        <source>a firewall joins two or more zones</source>
        <translation>межсетевой экран соединяет две или более зон</translation>
    </message>
    <message>
        <source>zone &quot;%1&quot; runs on this firewall (local): it is reached without an interface</source>
        <translation>зона &quot;%1&quot; работает на этом межсетевом экране (local): к ней обращаются без интерфейса</translation>
    </message>
    <message>
        <source>expected the id of the zone whose servers run on the firewall</source>
        <translation>ожидается идентификатор зоны, серверы которой работают на межсетевом экране</translation>
    </message>
    <message>
        <source>zone &quot;%1&quot; is an Internet zone; only a zone of servers runs on a firewall</source>
        <translation>зона &quot;%1&quot; — зона Интернета; на межсетевом экране работает только зона серверов</translation>
    </message>
    <message>
        <source>zone &quot;%1&quot; already runs on firewall &quot;%2&quot;; a zone runs on one firewall at most</source>
        <translation>зона &quot;%1&quot; уже работает на межсетевом экране &quot;%2&quot;; зона работает не более чем на одном межсетевом экране</translation>
    </message>
    <message>
        <source>zone &quot;%1&quot; faces interface &quot;%2&quot; of firewall &quot;%3&quot;; a zone that runs on a firewall is reached through that firewall only</source>
        <translation>зона &quot;%1&quot; обращена к интерфейсу &quot;%2&quot; межсетевого экрана &quot;%3&quot;; к зоне, работающей на межсетевом экране, обращаются только через этот экран</translation>
    </message>
    <message>
        <source>zone &quot;%1&quot; runs on firewall &quot;%2&quot;; a zone that runs on a firewall is reached through that firewall only</source>
        <translation>зона &quot;%1&quot; работает на межсетевом экране &quot;%2&quot;; к зоне, работающей на межсетевом экране, обращаются только через этот экран</translation>
    </message>
</context>
<context>
    <name>DeploymentWriter</name>
    <message>
        <source>cannot save &quot;%1&quot;: %2</source>
        <translation>не удается сохранить &quot;%1&quot;: %2</translation>
    </message>
</context>
<context>
    <name>DiagramExporter</name>
    <message>
        <source>The device is not open for writing.</source>
        <translation>Устройство не открыто для записи.</translation>
    </message>
    <message>
        <source>The diagram is too large for an image of %1 × %2 pixels.</source>
        <translation>Схема слишком велика для изображения размером %1 × %2 пикселей.</translation>
    </message>
    <message>
        <source>Portolan diagram</source>
        <translation>Схема Portolan</translation>
    </message>
    <message>
        <source>Cannot start the SVG drawing.</source>
        <translation>Не удается начать создание рисунка SVG.</translation>
    </message>
</context>
<context>
    <name>DiagramNavigation</name>
    <message>
        <source>&amp;Find Server…</source>
        <translation>&amp;Найти сервер…</translation>
    </message>
    <message>
        <source>Zoom to &amp;Selection</source>
        <translation>Масштаб по &amp;выделению</translation>
    </message>
    <message>
        <source>Find server</source>
        <translation>Найти сервер</translation>
    </message>
    <message>
        <source>A server&apos;s name or part of it; Enter selects and shows the servers that match</source>
        <translation>Имя сервера или его часть; Enter выделяет и показывает подходящие серверы</translation>
    </message>
</context>
<context>
    <name>DnsCheck</name>
    <message>
        <source>DNS, %1</source>
        <translation>DNS, %1</translation>
    </message>
</context>
<context>
    <name>EditActions</name>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Удалить</translation>
    </message>
    <message>
        <source>&amp;Rename</source>
        <translation>&amp;Переименовать</translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation>&amp;Дублировать</translation>
    </message>
    <message>
        <source>Select &amp;All Servers</source>
        <translation>Выделить &amp;все серверы</translation>
    </message>
    <message>
        <source>&amp;Add Zone</source>
        <translation>&amp;Добавить зону</translation>
    </message>
    <message>
        <source>&amp;Remove Zone</source>
        <translation>&amp;Удалить зону</translation>
    </message>
    <message>
        <source>Move Zone &amp;Left</source>
        <translation>Переместить зону &amp;влево</translation>
    </message>
    <message>
        <source>Move Zone R&amp;ight</source>
        <translation>Переместить зону в&amp;право</translation>
    </message>
    <message>
        <source>Delete the selected servers, or the selected zone with its servers</source>
        <translation>Удалить выделенные серверы или выделенную зону вместе с её серверами</translation>
    </message>
    <message>
        <source>Rename the selected server or zone, or the deployment</source>
        <translation>Переименовать выделенный сервер или зону либо развёртывание</translation>
    </message>
    <message>
        <source>Add a copy of each selected server beside it</source>
        <translation>Добавить рядом копию каждого выделенного сервера</translation>
    </message>
    <message>
        <source>&amp;Zone</source>
        <translation>&amp;Зона</translation>
    </message>
    <message>
        <source>&amp;Delete Zone</source>
        <translation>&amp;Удалить зону</translation>
    </message>
    <message>
        <source>&amp;Move to Zone</source>
        <translation>&amp;Переместить в зону</translation>
    </message>
    <message numerus="yes">
        <source>Move %n server(s)</source>
        <translation>
            <numerusform>Переместить %n сервер</numerusform>
            <numerusform>Переместить %n сервера</numerusform>
            <numerusform>Переместить %n серверов</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Rename Zone</source>
        <translation>&amp;Переименовать зону</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>&amp;Тип</translation>
    </message>
    <message>
        <source>Add Zone &amp;Before</source>
        <translation>Добавить зону п&amp;еред</translation>
    </message>
    <message>
        <source>Add Zone &amp;After</source>
        <translation>Добавить зону п&amp;осле</translation>
    </message>
    <message>
        <source>Move &amp;Left</source>
        <translation>&amp;Влево</translation>
    </message>
    <message>
        <source>Move R&amp;ight</source>
        <translation>Впр&amp;аво</translation>
    </message>
    <message>
        <source>&amp;Select Its Servers</source>
        <translation>В&amp;ыделить её серверы</translation>
    </message>
    <message>
        <source>Remove &amp;Zone</source>
        <translation>Удалить &amp;зону</translation>
    </message>
    <message numerus="yes">
        <source>Remove &amp;Zone and Its %n Server(s)</source>
        <translation>
            <numerusform>Удалить &amp;зону и её %n сервер</numerusform>
            <numerusform>Удалить &amp;зону и её %n сервера</numerusform>
            <numerusform>Удалить &amp;зону и её %n серверов</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Show Its Rules</source>
        <translation>&amp;Показать правила</translation>
    </message>
    <message>
        <source>&amp;Copy Its Rules</source>
        <translation>&amp;Копировать правила</translation>
    </message>
    <message>
        <source>Zone %1</source>
        <translation>Зона %1</translation>
    </message>
    <message numerus="yes">
        <source>Duplicate %n server(s)</source>
        <translation>
            <numerusform>Дублировать %n сервер</numerusform>
            <numerusform>Дублировать %n сервера</numerusform>
            <numerusform>Дублировать %n серверов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n server(s)</source>
        <translation>
            <numerusform>Удалить %n сервер</numerusform>
            <numerusform>Удалить %n сервера</numerusform>
            <numerusform>Удалить %n серверов</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExportFile</name>
    <message>
        <source>cannot write: %1</source>
        <translation>не удается выполнить запись: %1</translation>
    </message>
    <message>
        <source>cannot write to standard output: %1</source>
        <translation>не удается выполнить запись в стандартный вывод: %1</translation>
    </message>
</context>
<context>
    <name>ExporterRegistry</name>
    <message>
        <source>CSV spreadsheet</source>
        <translation>Таблица CSV</translation>
    </message>
    <message>
        <source>Markdown document</source>
        <translation>Документ Markdown</translation>
    </message>
    <message>
        <source>JSON data</source>
        <translation>Данные JSON</translation>
    </message>
    <message>
        <source>PNG image</source>
        <translation>Изображение PNG</translation>
    </message>
    <message>
        <source>SVG drawing</source>
        <translation>Рисунок SVG</translation>
    </message>
    <message>
        <source>PDF report</source>
        <translation>Отчет PDF</translation>
    </message>
    <message>
        <source>PowerShell script</source>
        <translation>Сценарий PowerShell</translation>
    </message>
    <message>
        <source>Registration entries</source>
        <translation>Файл реестра</translation>
    </message>
    <message>
        <source>nftables ruleset</source>
        <translation>Набор правил nftables</translation>
    </message>
    <message>
        <source>Cisco ASA configuration</source>
        <translation>Конфигурация Cisco ASA</translation>
    </message>
    <message>
        <source>Windows Defender Firewall script (PowerShell)</source>
        <translation>Сценарий для брандмауэра Защитника Windows (PowerShell)</translation>
    </message>
</context>
<context>
    <name>ExtraPortDialog</name>
    <message>
        <source>Open an Extra Port (What-if)</source>
        <translation>Открыть дополнительный порт (что если)</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>&amp;Direction:</source>
        <translation>&amp;Направление:</translation>
    </message>
    <message>
        <source>&amp;Protocol:</source>
        <translation>&amp;Протокол:</translation>
    </message>
    <message>
        <source>P&amp;ort:</source>
        <translation>П&amp;орт:</translation>
    </message>
</context>
<context>
    <name>FirewallActions</name>
    <message>
        <source>Export &amp;Firewall Rules…</source>
        <translation>Экспорт правил &amp;брандмауэра…</translation>
    </message>
    <message>
        <source>The rules the firewalls, or the Exchange servers&apos; own Windows Defender Firewall, must allow: nftables, Cisco ASA or PowerShell</source>
        <translation>Правила, которые должны разрешать брандмауэры или собственный брандмауэр Защитника Windows на серверах Exchange: nftables, Cisco ASA или PowerShell</translation>
    </message>
    <message>
        <source>Firewalls stand between zones: this deployment has only one zone</source>
        <translation>Брандмауэры стоят между зонами, а в этом развертывании только одна зона</translation>
    </message>
    <message>
        <source>Exported the firewall rules to %1</source>
        <translation>Правила брандмауэра экспортированы в %1</translation>
    </message>
</context>
<context>
    <name>FirewallExportDialog</name>
    <message>
        <source>&amp;Save…</source>
        <translation>Со&amp;хранить…</translation>
    </message>
    <message>
        <source>Cop&amp;y</source>
        <translation>&amp;Копировать</translation>
    </message>
    <message>
        <source>Export Firewall Rules</source>
        <translation>Экспорт правил брандмауэра</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;Формат:</translation>
    </message>
    <message>
        <source>F&amp;irewall:</source>
        <translation>&amp;Брандмауэр:</translation>
    </message>
    <message>
        <source>Se&amp;rver:</source>
        <translation>&amp;Сервер:</translation>
    </message>
    <message>
        <source>All Exchange servers</source>
        <translation>Все серверы Exchange</translation>
    </message>
    <message>
        <source>The deployment has no firewall: firewalls stand between zones, and it has only one zone.</source>
        <translation>В развертывании нет брандмауэра: брандмауэры стоят между зонами, а зона в нем только одна.</translation>
    </message>
    <message>
        <source>%1: %2, %3</source>
        <translation>%1: %2, %3</translation>
    </message>
    <message numerus="yes">
        <source>%n server</source>
        <translation>
            <numerusform>%n сервер</numerusform>
            <numerusform>%n сервера</numerusform>
            <numerusform>%n серверов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n servers</source>
        <translation>
            <numerusform>%n сервер</numerusform>
            <numerusform>%n сервера</numerusform>
            <numerusform>%n серверов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rule</source>
        <translation>
            <numerusform>%n правило</numerusform>
            <numerusform>%n правила</numerusform>
            <numerusform>%n правил</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rules</source>
        <translation>
            <numerusform>%n правило</numerusform>
            <numerusform>%n правила</numerusform>
            <numerusform>%n правил</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2 %3, %4</source>
        <translation>%1: %2 %3, %4</translation>
    </message>
    <message numerus="yes">
        <source>in %n group</source>
        <translation>
            <numerusform>в %n группе</numerusform>
            <numerusform>в %n группах</numerusform>
            <numerusform>в %n группах</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n groups</source>
        <translation>
            <numerusform>в %n группе</numerusform>
            <numerusform>в %n группах</numerusform>
            <numerusform>в %n группах</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n address set</source>
        <translation>
            <numerusform>%n набор адресов</numerusform>
            <numerusform>%n набора адресов</numerusform>
            <numerusform>%n наборов адресов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n address sets</source>
        <translation>
            <numerusform>%n набор адресов</numerusform>
            <numerusform>%n набора адресов</numerusform>
            <numerusform>%n наборов адресов</numerusform>
        </translation>
    </message>
    <message>
        <source>firewall-rules</source>
        <translation>правила-брандмауэра</translation>
    </message>
    <message>
        <source>Export firewall rules</source>
        <translation>Экспорт правил брандмауэра</translation>
    </message>
    <message>
        <source>Cannot export the firewall rules</source>
        <translation>Не удается экспортировать правила брандмауэра</translation>
    </message>
    <message>
        <source>%1 cannot be written:
%2</source>
        <translation>Не удается записать %1:
%2</translation>
    </message>
    <message>
        <source>&lt;b&gt;These rules cannot be written yet.&lt;/b&gt; Fill in or correct what is listed below, and the preview shows them.</source>
        <translation>&lt;b&gt;Эти правила пока нельзя записать.&lt;/b&gt; Дополните или исправьте то, что перечислено ниже, и предварительный просмотр покажет их.</translation>
    </message>
</context>
<context>
    <name>FirewallExportTexts</name>
    <message>
        <source>server &quot;%1&quot; in zone &quot;%2&quot;: its host &quot;%3&quot; is a DNS name; a firewall rule needs its IP address in host</source>
        <translation>сервер &quot;%1&quot; в зоне &quot;%2&quot;: его узел &quot;%3&quot; — DNS-имя; правилу межсетевого экрана нужен его IP-адрес в поле узла</translation>
    </message>
    <message>
        <source>server &quot;%1&quot; in zone &quot;%2&quot;: its host &quot;%3&quot; is a DNS name; a firewall rule needs its IP address in host, or the zone its networks</source>
        <translation>сервер &quot;%1&quot; в зоне &quot;%2&quot;: его узел &quot;%3&quot; — DNS-имя; правилу межсетевого экрана нужен его IP-адрес в поле узла или сети зоны</translation>
    </message>
    <message>
        <source>server &quot;%1&quot; in zone &quot;%2&quot;: no address; give the server its IP address in host, or the zone its networks</source>
        <translation>сервер &quot;%1&quot; в зоне &quot;%2&quot;: нет адреса; укажите IP-адрес сервера в поле узла или сети зоны</translation>
    </message>
    <message>
        <source>zone &quot;%1&quot; (for %2): no networks; give the zone its networks</source>
        <translation>зона &quot;%1&quot; (для %2): нет сетей; укажите сети зоны</translation>
    </message>
    <message>
        <source>server &quot;%1&quot; in zone &quot;%2&quot;: its address %3 is outside the zone&apos;s networks (%4); correct host or the zone&apos;s networks</source>
        <translation>сервер &quot;%1&quot; в зоне &quot;%2&quot;: его адрес %3 вне сетей зоны (%4); исправьте узел или сети зоны</translation>
    </message>
    <message>
        <source>firewall &quot;%1&quot;: the rules need addresses that the deployment does not give or contradicts; fill in or correct:
  %2</source>
        <translation>межсетевой экран &quot;%1&quot;: правилам нужны адреса, которых в развёртывании нет или которые ему противоречат; дополните или исправьте:
  %2</translation>
    </message>
</context>
<context>
    <name>FirewallHostRules</name>
    <message>
        <source>A firewall joins two or more zones: give it another interface first.</source>
        <translation>Межсетевой экран соединяет две зоны или больше: сначала добавьте ему ещё один интерфейс.</translation>
    </message>
    <message>
        <source>There is no zone &quot;%1&quot;.</source>
        <translation>Зоны &quot;%1&quot; нет.</translation>
    </message>
    <message>
        <source>%1 is an Internet zone: only a zone of servers runs on a firewall.</source>
        <translation>%1 — зона Интернета: на межсетевом экране может работать только зона серверов.</translation>
    </message>
    <message>
        <source>%1 faces interface &quot;%2&quot; of this firewall: a zone that runs on the firewall is reached without an interface.</source>
        <translation>%1 обращена к интерфейсу &quot;%2&quot; этого межсетевого экрана: к зоне, работающей на межсетевом экране, обращаются без интерфейса.</translation>
    </message>
    <message>
        <source>%1 already runs on %2: a zone runs on one firewall at most.</source>
        <translation>%1 уже работает на %2: зона работает не более чем на одном межсетевом экране.</translation>
    </message>
    <message>
        <source>%1 faces interface &quot;%2&quot; of %3: a zone that runs on a firewall is reached through that firewall only.</source>
        <translation>%1 обращена к интерфейсу &quot;%2&quot; межсетевого экрана %3: к зоне, работающей на межсетевом экране, обращаются только через него.</translation>
    </message>
    <message>
        <source>%1 runs on this firewall: it is reached without an interface.</source>
        <translation>%1 работает на этом межсетевом экране: к ней обращаются без интерфейса.</translation>
    </message>
    <message>
        <source>%1 runs on %2: a zone that runs on a firewall is reached through that firewall only.</source>
        <translation>%1 работает на %2: к зоне, работающей на межсетевом экране, обращаются только через него.</translation>
    </message>
</context>
<context>
    <name>FirewallInspector</name>
    <message>
        <source>Make Firewalls Explicit</source>
        <translation>Сделать межсетевые экраны явными</translation>
    </message>
    <message>
        <source>Remove Firewall</source>
        <translation>Удалить межсетевой экран</translation>
    </message>
    <message>
        <source>Implied by the lanes: the deployment lists no firewalls, so one firewall joins each pair of neighbouring zones. Make them explicit to rename them, change their interfaces or add another; the flows keep their way.</source>
        <translation>Задан дорожками: в развёртывании не указано ни одного межсетевого экрана, поэтому каждую пару соседних зон соединяет свой межсетевой экран. Сделайте их явными, чтобы переименовать, изменить интерфейсы или добавить ещё один; потоки сохранят свой путь.</translation>
    </message>
    <message>
        <source>Lists every implied firewall in the deployment, with the same names and interfaces, in one step</source>
        <translation>Вносит в развёртывание все подразумеваемые межсетевые экраны с теми же именами и интерфейсами за один шаг</translation>
    </message>
    <message>
        <source>Joins zone</source>
        <translation>Соединяет зону</translation>
    </message>
    <message>
        <source>Interface</source>
        <translation>Интерфейс</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Служба</translation>
    </message>
    <message>
        <source>Ports</source>
        <translation>Порты</translation>
    </message>
    <message>
        <source>From → to</source>
        <translation>Откуда → куда</translation>
    </message>
    <message>
        <source>Double-click a rule to see it in full</source>
        <translation>Дважды щёлкните правило, чтобы увидеть его полностью</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Имя:</translation>
    </message>
    <message>
        <source>Id:</source>
        <translation>Идентификатор:</translation>
    </message>
    <message>
        <source>Interfaces</source>
        <translation>Интерфейсы</translation>
    </message>
    <message>
        <source>not joined</source>
        <translation>не соединена</translation>
    </message>
    <message>
        <source>%1 %2
From: %3
To: %4</source>
        <translation>%1 %2
Откуда: %3
Куда: %4</translation>
    </message>
    <message>
        <source>Rules (%1)</source>
        <translation>Правила (%1)</translation>
    </message>
    <message>
        <source>The exports need these addresses:</source>
        <translation>Для экспорта нужны эти адреса:</translation>
    </message>
    <message>
        <source>The interface facing %1 needs a name.</source>
        <translation>Интерфейсу в сторону %1 нужно имя.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an interface name: use only letters, digits, &apos;.&apos;, &apos;_&apos; and &apos;-&apos;.</source>
        <translation>«%1» — не имя интерфейса: используйте только буквы, цифры, &apos;.&apos;, &apos;_&apos; и &apos;-&apos;.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; already faces %2: each interface faces one zone.</source>
        <translation>«%1» уже обращён к %2: каждый интерфейс обращён к одной зоне.</translation>
    </message>
    <message>
        <source>A firewall joins two or more zones.</source>
        <translation>Межсетевой экран соединяет две зоны или больше.</translation>
    </message>
    <message>
        <source>No flow crosses this firewall: a flow takes the way with the fewest firewalls, and of ways as short, the one through the firewall listed first.</source>
        <translation>Ни один поток не проходит через этот межсетевой экран: поток идёт путём с наименьшим числом межсетевых экранов, а из равных по длине — через экран, указанный первым.</translation>
    </message>
    <message>
        <source>The zone whose servers run on the firewall itself (Exchange on the firewall host): their traffic ends on the firewall instead of passing through it</source>
        <translation>Зона, серверы которой работают на самом межсетевом экране (Exchange на узле межсетевого экрана): их трафик заканчивается на межсетевом экране, а не проходит через него</translation>
    </message>
    <message>
        <source>Runs the servers of:</source>
        <translation>Работают серверы зоны:</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Нет</translation>
    </message>
</context>
<context>
    <name>FirewallMenu</name>
    <message>
        <source>&amp;Select Its Rules</source>
        <translation>&amp;Выделить его правила</translation>
    </message>
    <message>
        <source>&amp;Copy Rules of This Firewall</source>
        <translation>&amp;Копировать правила этого брандмауэра</translation>
    </message>
    <message>
        <source>Show Only Its Rules in the &amp;Matrix</source>
        <translation>Показать в &amp;матрице только его правила</translation>
    </message>
    <message>
        <source>&amp;Remove Firewall</source>
        <translation>&amp;Удалить межсетевой экран</translation>
    </message>
</context>
<context>
    <name>FirewallTopology</name>
    <message>
        <source>Firewall between %1 and %2</source>
        <translation>Межсетевой экран между %1 и %2</translation>
    </message>
    <message>
        <source>this host</source>
        <comment>the firewall&apos;s own side of a rule, instead of an interface name</comment>
        <translation>этот хост</translation>
    </message>
</context>
<context>
    <name>FlowFamily</name>
    <message>
        <source>Mail</source>
        <translation>Почта</translation>
    </message>
    <message>
        <source>Web</source>
        <translation>Веб</translation>
    </message>
    <message>
        <source>RPC</source>
        <translation>RPC</translation>
    </message>
    <message>
        <source>Directory</source>
        <translation>Каталог</translation>
    </message>
    <message>
        <source>Replication</source>
        <translation>Репликация</translation>
    </message>
    <message>
        <source>Voice</source>
        <translation>Телефония</translation>
    </message>
    <message>
        <source>Management</source>
        <translation>Управление</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Другое</translation>
    </message>
    <message>
        <source>Several families</source>
        <translation>Несколько семейств</translation>
    </message>
</context>
<context>
    <name>FlowRouter</name>
    <message>
        <source>%1: %2 %3</source>
        <translation>%1: %2 %3</translation>
    </message>
    <message>
        <source>%1 among %2</source>
        <translation>%1 внутри группы %2</translation>
    </message>
    <message>
        <source>%1: %2 → %3</source>
        <translation>%1: %2 → %3</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… и еще %n</numerusform>
            <numerusform>… и еще %n</numerusform>
            <numerusform>… и еще %n</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>GettingStartedDialog</name>
    <message>
        <source>Getting Started</source>
        <translation>Начало работы</translation>
    </message>
    <message>
        <source>&lt;b&gt;Start&lt;/b&gt; from the deployment Portolan opens with, or choose one with File → New from Template. Each lane is a zone of the network: the Internet, a perimeter network, the LAN, a branch.</source>
        <translation>&lt;b&gt;Начните&lt;/b&gt; с развертывания, которое Portolan открывает при запуске, или выберите другое через Файл → Создать из шаблона. Каждая дорожка — зона сети: Интернет, сеть периметра, локальная сеть, филиал.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Click to inspect&lt;/b&gt;: a card, a lane, a firewall chip or an arrow shows its details in the Inspector and selects its rules in the Port matrix below the diagram.</source>
        <translation>&lt;b&gt;Щелкните, чтобы изучить&lt;/b&gt;: карточка, дорожка, метка брандмауэра или стрелка показывает свои сведения в инспекторе и выделяет свои правила в матрице портов под схемой.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Read the firewalls&lt;/b&gt;: each chip on a firewall lists ports to open, “→” from the left lane to the right one and “←” the other way. View → Legend explains every symbol and colour.</source>
        <translation>&lt;b&gt;Читайте брандмауэры&lt;/b&gt;: каждая метка на брандмауэре перечисляет порты, которые нужно открыть: «→» — из левой дорожки в правую, «←» — в обратную сторону. Вид → Легенда объясняет каждый символ и цвет.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Export&lt;/b&gt; with the File menu: the diagram (PNG, SVG), the port matrix for the firewall team, or a PDF report with both.</source>
        <translation>&lt;b&gt;Экспортируйте&lt;/b&gt; через меню «Файл»: схему (PNG, SVG), матрицу портов для команды брандмауэров или PDF-отчет с обеими.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Probe live&lt;/b&gt;: give servers an address in the Inspector, choose the zone this machine is in on the Probe toolbar and press Probe Now (F5). The dots on the cards and the chip outlines take the colours of the results.</source>
        <translation>&lt;b&gt;Проверяйте в реальном времени&lt;/b&gt;: задайте серверам адреса в инспекторе, выберите на панели проверки зону, в которой находится этот компьютер, и нажмите «Проверить сейчас» (F5). Точки на карточках и рамки меток окрашиваются в цвета результатов.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Drag a role&lt;/b&gt; from the Roles palette on the left into a zone (or select the zone and press Enter on the role): a server card appears, and the arrows show the flows it needs. Right-click a lane to add, rename or remove zones; drag a lane by its header to move it.</source>
        <translation>&lt;b&gt;Перетащите роль&lt;/b&gt; из палитры ролей слева в зону (или выберите зону и нажмите Enter на роли): появится карточка сервера, а стрелки покажут нужные ему потоки. Щелчок правой кнопкой по полосе добавляет, переименовывает или удаляет зоны; полосу можно перетащить за заголовок.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Check&lt;/b&gt; the Warnings under the Inspector: what Microsoft does not support and what needs your attention. Click a warning to select its servers; Ctrl+F finds a server by name.</source>
        <translation>&lt;b&gt;Проверьте&lt;/b&gt; предупреждения под инспектором: что Microsoft не поддерживает и что требует вашего внимания. Щелчок по предупреждению выделяет его серверы; Ctrl+F находит сервер по имени.</translation>
    </message>
</context>
<context>
    <name>HelpMenu</name>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Справка</translation>
    </message>
    <message>
        <source>&amp;Getting Started</source>
        <translation>&amp;Начало работы</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Сочетания клавиш</translation>
    </message>
    <message>
        <source>&amp;About Portolan</source>
        <translation>&amp;О программе Portolan</translation>
    </message>
</context>
<context>
    <name>Inspector</name>
    <message>
        <source>%1 (%2)</source>
        <comment>implicit actor (zone)</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 (dynamic RPC)</source>
        <translation>%1 (динамический RPC)</translation>
    </message>
</context>
<context>
    <name>IpNetwork</name>
    <message>
        <source>&quot;%1&quot; is not a network (CIDR such as 192.0.2.0/24)</source>
        <translation>&quot;%1&quot; — не сеть (CIDR, например 192.0.2.0/24)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has host bits set; did you mean %2/%3?</source>
        <translation>в &quot;%1&quot; заданы биты узла; может быть, имелось в виду %2/%3?</translation>
    </message>
</context>
<context>
    <name>JsonFieldReader</name>
    <message>
        <source>required key is missing</source>
        <translation>отсутствует обязательный ключ</translation>
    </message>
    <message>
        <source>expected a string</source>
        <translation>ожидается строка</translation>
    </message>
    <message>
        <source>expected true or false</source>
        <translation>ожидается true или false</translation>
    </message>
    <message>
        <source>expected an array</source>
        <translation>ожидается массив</translation>
    </message>
</context>
<context>
    <name>JsonParseProblem</name>
    <message>
        <source>the file is empty</source>
        <translation>файл пуст</translation>
    </message>
    <message>
        <source>missing comma or closing &apos;}&apos;</source>
        <translation>отсутствует запятая или закрывающая &apos;}&apos;</translation>
    </message>
    <message>
        <source>missing colon after a key</source>
        <translation>отсутствует двоеточие после ключа</translation>
    </message>
    <message>
        <source>missing comma or closing &apos;]&apos;</source>
        <translation>отсутствует запятая или закрывающая &apos;]&apos;</translation>
    </message>
    <message>
        <source>missing comma</source>
        <translation>отсутствует запятая</translation>
    </message>
    <message>
        <source>invalid value</source>
        <translation>недопустимое значение</translation>
    </message>
    <message>
        <source>unexpected end of the file</source>
        <translation>неожиданный конец файла</translation>
    </message>
    <message>
        <source>invalid number</source>
        <translation>недопустимое число</translation>
    </message>
    <message>
        <source>invalid escape sequence</source>
        <translation>недопустимая escape-последовательность</translation>
    </message>
    <message>
        <source>invalid UTF-8 text</source>
        <translation>недопустимый текст UTF-8</translation>
    </message>
    <message>
        <source>unterminated string</source>
        <translation>незавершенная строка</translation>
    </message>
    <message>
        <source>missing value</source>
        <translation>отсутствует значение</translation>
    </message>
    <message>
        <source>nested too deeply</source>
        <translation>слишком глубокая вложенность</translation>
    </message>
    <message>
        <source>the file is too large</source>
        <translation>файл слишком большой</translation>
    </message>
    <message>
        <source>unexpected text after the end of the document</source>
        <translation>лишний текст после конца документа</translation>
    </message>
    <message>
        <source>line %1, column %2</source>
        <translation>строка %1, столбец %2</translation>
    </message>
    <message>
        <source>control character in a string: write it as an escape, e.g. \n</source>
        <translation>управляющий символ в строке: запишите его как escape-последовательность, например \n</translation>
    </message>
    <message>
        <source>a number must not start with 0</source>
        <translation>число не может начинаться с 0</translation>
    </message>
    <message>
        <source>a digit must follow the decimal point</source>
        <translation>после десятичной точки должна быть цифра</translation>
    </message>
    <message>
        <source>the exponent has no digits</source>
        <translation>в показателе степени нет цифр</translation>
    </message>
</context>
<context>
    <name>LegendItem</name>
    <message>
        <source>Flows:</source>
        <translation>Трафик:</translation>
    </message>
</context>
<context>
    <name>LessonActions</name>
    <message>
        <source>Le&amp;sson</source>
        <translation>&amp;Урок</translation>
    </message>
    <message>
        <source>&amp;Open Lesson…</source>
        <translation>&amp;Открыть урок…</translation>
    </message>
    <message>
        <source>&amp;New Lesson from this Deployment…</source>
        <translation>&amp;Новый урок из этого развёртывания…</translation>
    </message>
    <message>
        <source>&amp;Close Lesson</source>
        <translation>&amp;Закрыть урок</translation>
    </message>
    <message>
        <source>Cannot open the lesson</source>
        <translation>Не удаётся открыть урок</translation>
    </message>
    <message>
        <source>%1 cannot be opened:
%2</source>
        <translation>Не удаётся открыть %1:
%2</translation>
    </message>
    <message>
        <source>Warnings (%1)</source>
        <translation>Предупреждения (%1)</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>Предупреждения</translation>
    </message>
    <message>
        <source>Lesson</source>
        <translation>Урок</translation>
    </message>
    <message>
        <source>Lesson “%1”: the asked answers are hidden, the deployment is read-only.</source>
        <translation>Урок «%1»: ответы на вопросы скрыты, развёртывание только для чтения.</translation>
    </message>
    <message>
        <source>Saved the lesson to %1</source>
        <translation>Урок сохранён в %1</translation>
    </message>
</context>
<context>
    <name>LessonAnswersReader</name>
    <message>
        <source>unknown key &quot;%1&quot; (known: %2)</source>
        <translation>неизвестный ключ &quot;%1&quot; (известные: %2)</translation>
    </message>
    <message>
        <source>not a Portolan answer file: the top level is not a JSON object</source>
        <translation>это не файл ответов Portolan: верхний уровень не является объектом JSON</translation>
    </message>
    <message>
        <source>expected an object with an answer per task id</source>
        <translation>ожидается объект с ответом для каждого идентификатора задания</translation>
    </message>
    <message>
        <source>no task &quot;%1&quot; in the lesson</source>
        <translation>в уроке нет задания &quot;%1&quot;</translation>
    </message>
    <message>
        <source>required key is missing; is this a Portolan answer file?</source>
        <translation>отсутствует обязательный ключ; является ли файл файлом ответов Portolan?</translation>
    </message>
    <message>
        <source>expected &quot;%1&quot;; this is not a Portolan answer file</source>
        <translation>ожидается &quot;%1&quot;; это не файл ответов Portolan</translation>
    </message>
    <message>
        <source>expected an integer</source>
        <translation>ожидается целое число</translation>
    </message>
    <message>
        <source>this answer file uses format version %1, newer than this Portolan (%2)</source>
        <translation>в этом файле ответов используется версия формата %1, более новая, чем в этой версии Portolan (%2)</translation>
    </message>
    <message>
        <source>unsupported format version %1</source>
        <translation>неподдерживаемая версия формата %1</translation>
    </message>
    <message>
        <source>expected a string</source>
        <translation>ожидается строка</translation>
    </message>
    <message>
        <source>these are answers to the lesson &quot;%1&quot;, not to &quot;%2&quot;</source>
        <translation>это ответы к уроку &quot;%1&quot;, а не к &quot;%2&quot;</translation>
    </message>
    <message>
        <source>expected a whole number from 0</source>
        <translation>ожидается целое число от 0</translation>
    </message>
    <message>
        <source>expected an object</source>
        <translation>ожидается объект</translation>
    </message>
    <message>
        <source>expected an object: role id → zone id</source>
        <translation>ожидается объект: идентификатор роли → идентификатор зоны</translation>
    </message>
    <message>
        <source>expected &quot;tcp&quot; or &quot;udp&quot;</source>
        <translation>ожидается &quot;tcp&quot; или &quot;udp&quot;</translation>
    </message>
    <message>
        <source>expected ports such as &quot;25&quot;, &quot;6001-6004&quot; or &quot;6001,6002,6004&quot; (1-65535), or &quot;%1&quot; for the dynamic RPC range</source>
        <translation>ожидаются порты вида &quot;25&quot;, &quot;6001-6004&quot; или &quot;6001,6002,6004&quot; (1-65535) либо &quot;%1&quot; для динамического диапазона RPC</translation>
    </message>
    <message>
        <source>expected a zone id</source>
        <translation>ожидается идентификатор зоны</translation>
    </message>
    <message>
        <source>no zone &quot;%1&quot; in the lesson&apos;s deployment</source>
        <translation>в развертывании урока нет зоны &quot;%1&quot;</translation>
    </message>
    <message>
        <source>the task does not ask to place &quot;%1&quot; (it asks for: %2)</source>
        <translation>задание не требует размещать &quot;%1&quot; (требуется: %2)</translation>
    </message>
</context>
<context>
    <name>LessonAnswersWriter</name>
    <message>
        <source>cannot save &quot;%1&quot;: %2</source>
        <translation>не удается сохранить &quot;%1&quot;: %2</translation>
    </message>
</context>
<context>
    <name>LessonChooser</name>
    <message>
        <source>Open Lesson</source>
        <translation>Открыть урок</translation>
    </message>
    <message>
        <source>Level %1 — %2</source>
        <translation>Уровень %1 — %2</translation>
    </message>
    <message>
        <source>Open &amp;File…</source>
        <translation>Открыть &amp;файл…</translation>
    </message>
    <message>
        <source>Open lesson</source>
        <translation>Открыть урок</translation>
    </message>
    <message>
        <source>Portolan lessons (*.portolan-lesson)</source>
        <translation>Уроки Portolan (*.portolan-lesson)</translation>
    </message>
</context>
<context>
    <name>LessonGrader</name>
    <message>
        <source>No flow of this deployment needs %1 from %2 to %3.</source>
        <translation>Ни одному потоку этого развертывания не нужен %1 из %2 в %3.</translation>
    </message>
    <message>
        <source>%1 does not listen on %2 for %3.</source>
        <translation>%1 не принимает подключения на %2 из %3.</translation>
    </message>
    <message>
        <source>Unknown service: nothing this deployment runs in %1 listens there, but an open port is one more way in.</source>
        <translation>Неизвестная служба: ничто из работающего в этом развертывании в %1 не принимает там подключения, но каждый открытый порт — ещё один путь внутрь.</translation>
    </message>
    <message>
        <source>Allowing it would expose:
%1</source>
        <translation>Разрешение откроет доступ к:
%1</translation>
    </message>
    <message>
        <source>Not placed.</source>
        <translation>Не размещено.</translation>
    </message>
    <message>
        <source>Supported; it needs no rule between zones.</source>
        <translation>Поддерживается; правила между зонами не нужны.</translation>
    </message>
    <message>
        <source>Supported; across zones it needs: %1.</source>
        <translation>Поддерживается; между зонами нужно: %1.</translation>
    </message>
</context>
<context>
    <name>LessonPanel</name>
    <message>
        <source>&amp;Check</source>
        <translation>&amp;Проверить</translation>
    </message>
    <message>
        <source>&amp;Hint</source>
        <translation>П&amp;одсказка</translation>
    </message>
    <message>
        <source>Show &amp;Answers</source>
        <translation>Показать &amp;ответы</translation>
    </message>
    <message numerus="yes">
        <source>Available once every task is right, or after %n checks.</source>
        <translation>
            <numerusform>Доступно, когда все задания решены верно, или после %n проверки.</numerusform>
            <numerusform>Доступно, когда все задания решены верно, или после %n проверок.</numerusform>
            <numerusform>Доступно, когда все задания решены верно, или после %n проверок.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>&amp;Save Answers…</source>
        <translation>&amp;Сохранить ответы…</translation>
    </message>
    <message>
        <source>&amp;Open Answers…</source>
        <translation>Открыть отв&amp;еты…</translation>
    </message>
    <message>
        <source>Save answers</source>
        <translation>Сохранить ответы</translation>
    </message>
    <message>
        <source>Portolan answers (*.json)</source>
        <translation>Ответы Portolan (*.json)</translation>
    </message>
    <message>
        <source>Cannot save the answers</source>
        <translation>Не удаётся сохранить ответы</translation>
    </message>
    <message>
        <source>Open answers</source>
        <translation>Открыть ответы</translation>
    </message>
    <message>
        <source>Cannot open the answers</source>
        <translation>Не удаётся открыть ответы</translation>
    </message>
    <message>
        <source>No rule is missing.</source>
        <translation>Ни одного правила не хватает.</translation>
    </message>
    <message>
        <source>Hint: %1 → %2 needs %3: %4</source>
        <translation>Подсказка: для %1 → %2 нужна служба %3: %4</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1 %2&lt;/b&gt; (%3)</source>
        <translation>&lt;b&gt;%1 %2&lt;/b&gt; (%3)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Missing: %1&lt;/b&gt;, %2. Needed because: %3 &lt;i&gt;If blocked:&lt;/i&gt; %4</source>
        <translation>&lt;b&gt;Не хватает: %1&lt;/b&gt;, %2. Нужно, потому что: %3 &lt;i&gt;Если заблокировать:&lt;/i&gt; %4</translation>
    </message>
    <message>
        <source>&lt;b&gt;Not needed: %1 %2.&lt;/b&gt; %3 &lt;i&gt;%4&lt;/i&gt;</source>
        <translation>&lt;b&gt;Не нужно: %1 %2.&lt;/b&gt; %3 &lt;i&gt;%4&lt;/i&gt;</translation>
    </message>
    <message>
        <source>not placed</source>
        <translation>не размещена</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1 in %2&lt;/b&gt; %3</source>
        <translation>&lt;b&gt;%1 в зоне %2&lt;/b&gt; %3</translation>
    </message>
    <message>
        <source>Score: %1 % · attempts: %2</source>
        <translation>Результат: %1 % · попыток: %2</translation>
    </message>
</context>
<context>
    <name>LessonReader</name>
    <message>
        <source>unknown key &quot;%1&quot; (known: %2)</source>
        <translation>неизвестный ключ &quot;%1&quot; (известные: %2)</translation>
    </message>
    <message>
        <source>expected a string</source>
        <translation>ожидается строка</translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation>не может быть пустым</translation>
    </message>
    <message>
        <source>not a Portolan lesson: the top level is not a JSON object</source>
        <translation>это не урок Portolan: верхний уровень не является объектом JSON</translation>
    </message>
    <message>
        <source>required key is missing; is this a Portolan lesson?</source>
        <translation>отсутствует обязательный ключ; является ли файл уроком Portolan?</translation>
    </message>
    <message>
        <source>expected &quot;%1&quot;; this is not a Portolan lesson</source>
        <translation>ожидается &quot;%1&quot;; это не урок Portolan</translation>
    </message>
    <message>
        <source>expected an integer</source>
        <translation>ожидается целое число</translation>
    </message>
    <message>
        <source>this lesson uses format version %1, newer than this Portolan (%2); open it with a newer Portolan</source>
        <translation>в этом уроке используется версия формата %1, более новая, чем в этой версии Portolan (%2); откройте его в более новой версии Portolan</translation>
    </message>
    <message>
        <source>unsupported format version %1</source>
        <translation>неподдерживаемая версия формата %1</translation>
    </message>
    <message>
        <source>expected a whole number from 1</source>
        <translation>ожидается целое число от 1</translation>
    </message>
    <message>
        <source>expected the object of a .portolan file</source>
        <translation>ожидается объект файла .portolan</translation>
    </message>
    <message>
        <source>a lesson needs at least one task</source>
        <translation>в уроке должно быть хотя бы одно задание</translation>
    </message>
    <message>
        <source>expected an object</source>
        <translation>ожидается объект</translation>
    </message>
    <message>
        <source>duplicate task id &quot;%1&quot;</source>
        <translation>повторяющийся идентификатор задания &quot;%1&quot;</translation>
    </message>
    <message>
        <source>no zone &quot;%1&quot; in the deployment</source>
        <translation>в развертывании нет зоны &quot;%1&quot;</translation>
    </message>
    <message>
        <source>unknown task kind &quot;%1&quot; (known: firewall-rules, server-ports, place-roles)</source>
        <translation>неизвестный вид задания &quot;%1&quot; (известные: firewall-rules, server-ports, place-roles)</translation>
    </message>
    <message>
        <source>the two sides of a firewall must be different zones</source>
        <translation>две стороны брандмауэра должны быть разными зонами</translation>
    </message>
    <message>
        <source>no server &quot;%1&quot; in the deployment</source>
        <translation>в развертывании нет сервера &quot;%1&quot;</translation>
    </message>
    <message>
        <source>name at least one role to place</source>
        <translation>укажите хотя бы одну роль для размещения</translation>
    </message>
    <message>
        <source>expected a role id of the catalog, found %1</source>
        <translation>ожидается идентификатор роли из каталога, найдено %1</translation>
    </message>
    <message>
        <source>duplicate role &quot;%1&quot;</source>
        <translation>повторяющаяся роль &quot;%1&quot;</translation>
    </message>
</context>
<context>
    <name>LessonWriter</name>
    <message>
        <source>cannot save &quot;%1&quot;: %2</source>
        <translation>не удается сохранить &quot;%1&quot;: %2</translation>
    </message>
</context>
<context>
    <name>Lessons</name>
    <message>
        <source>The mail server on the LAN, published through a proxy</source>
        <translation>Почтовый сервер в LAN, опубликованный через прокси</translation>
    </message>
    <message>
        <source>The most common small layout: only SMTP and the published web access cross into the network. You learn that the firewall allows a few ports, each to one server, and why each one is needed.</source>
        <translation>Самая распространённая небольшая схема: в сеть проходят только SMTP и опубликованный веб-доступ. Вы узнаете, что брандмауэр разрешает лишь несколько портов, каждый к одному серверу, и зачем нужен каждый из них.</translation>
    </message>
    <message>
        <source>Exchange 2003 runs on the LAN; a proxy in the DMZ publishes Outlook Web Access, and SMTP is mapped through to the mail server.</source>
        <translation>Exchange 2003 работает в LAN; прокси в DMZ публикует Outlook Web Access, а SMTP пробрасывается на почтовый сервер.</translation>
    </message>
    <message>
        <source>Which rules must the firewall between the Internet and the DMZ allow?</source>
        <translation>Какие правила должен разрешать брандмауэр между Интернетом и DMZ?</translation>
    </message>
    <message>
        <source>Which rules must the firewall between the DMZ and the LAN allow?</source>
        <translation>Какие правила должен разрешать брандмауэр между DMZ и LAN?</translation>
    </message>
    <message>
        <source>Which ports does the mail server listen on, and from which zones?</source>
        <translation>На каких портах почтовый сервер принимает подключения и из каких зон?</translation>
    </message>
    <message>
        <source>An SMTP relay in the DMZ</source>
        <translation>SMTP-ретранслятор в DMZ</translation>
    </message>
    <message>
        <source>When a relay in the DMZ takes the Internet&apos;s mail, only SMTP crosses the inner firewall. You learn why opening the RPC endpoint mapper or the dynamic RPC range from the DMZ is a mistake.</source>
        <translation>Когда почту из Интернета принимает ретранслятор в DMZ, через внутренний брандмауэр проходит только SMTP. Вы узнаете, почему открывать из DMZ сопоставитель конечных точек RPC или динамический диапазон RPC — ошибка.</translation>
    </message>
    <message>
        <source>Exchange 2003 sits on the LAN; a non-Exchange SMTP relay in the DMZ receives the Internet&apos;s mail and sends Exchange&apos;s outbound mail.</source>
        <translation>Exchange 2003 находится в LAN; SMTP-ретранслятор (не Exchange) в DMZ принимает почту из Интернета и отправляет исходящую почту Exchange.</translation>
    </message>
    <message>
        <source>The mail server on the firewall host</source>
        <translation>Почтовый сервер на узле брандмауэра</translation>
    </message>
    <message>
        <source>When Exchange runs on the firewall host itself, the outer interface sees the mail server directly and the inner one carries Active Directory. You learn which side needs which ports.</source>
        <translation>Когда Exchange работает на самом узле брандмауэра, внешний интерфейс видит почтовый сервер напрямую, а через внутренний идёт Active Directory. Вы узнаете, какой стороне какие порты нужны.</translation>
    </message>
    <message>
        <source>Exchange 2003 runs on the firewall/proxy host; the domain controller and the clients stay on the LAN.</source>
        <translation>Exchange 2003 работает на узле брандмауэра/прокси; контроллер домена и клиенты остаются в LAN.</translation>
    </message>
    <message>
        <source>Which rules must the firewall between the Internet and the firewall host allow?</source>
        <translation>Какие правила должен разрешать брандмауэр между Интернетом и узлом брандмауэра?</translation>
    </message>
    <message>
        <source>Which rules must the firewall between the firewall host and the LAN allow?</source>
        <translation>Какие правила должен разрешать брандмауэр между узлом брандмауэра и LAN?</translation>
    </message>
    <message>
        <source>Exchange 2003 front-end and back-end servers</source>
        <translation>Внешние и внутренние серверы Exchange 2003</translation>
    </message>
    <message>
        <source>A front-end server in the DMZ needs much of Active Directory and the back-ends&apos; ports opened to it. You learn the cost of that design and where back-end servers belong.</source>
        <translation>Внешнему серверу в DMZ нужно открыть значительную часть портов Active Directory и внутренних серверов. Вы узнаете цену такой схемы и где место внутренним серверам.</translation>
    </message>
    <message>
        <source>A front-end server in the DMZ proxies Outlook Web Access, POP3, IMAP4, SMTP and RPC over HTTP to two back-end servers on the LAN.</source>
        <translation>Внешний сервер в DMZ проксирует Outlook Web Access, POP3, IMAP4, SMTP и RPC через HTTP на два внутренних сервера в LAN.</translation>
    </message>
    <message>
        <source>Which ports does the front-end server listen on, and from which zones?</source>
        <translation>На каких портах внешний сервер принимает подключения и из каких зон?</translation>
    </message>
    <message>
        <source>Where does a third back-end server belong?</source>
        <translation>Где место третьему внутреннему серверу?</translation>
    </message>
    <message>
        <source>Exchange 2010 with static RPC ports</source>
        <translation>Exchange 2010 со статическими портами RPC</translation>
    </message>
    <message>
        <source>Outlook reaches Exchange 2010 over RPC: the endpoint mapper on 135, then a port it is told. You learn why fixing the RPC Client Access and Address Book ports lets the firewall open TCP 135 and two ports instead of the whole dynamic range.</source>
        <translation>Outlook подключается к Exchange 2010 по RPC: сначала к сопоставителю конечных точек на 135, затем к сообщённому им порту. Вы узнаете, почему фиксированные порты клиентского доступа RPC и адресной книги позволяют открыть на брандмауэре TCP 135 и два порта вместо всего динамического диапазона.</translation>
    </message>
    <message>
        <source>An internal firewall separates the Outlook clients&apos; network from the server network. The CAS array uses the static ports 59532 and 59533.</source>
        <translation>Внутренний брандмауэр отделяет сеть клиентов Outlook от серверной сети. Массив CAS использует статические порты 59532 и 59533.</translation>
    </message>
    <message>
        <source>Which rules must the firewall between the clients&apos; network and the server network allow?</source>
        <translation>Какие правила должен разрешать брандмауэр между сетью клиентов и серверной сетью?</translation>
    </message>
    <message>
        <source>Which ports does the Client Access server listen on, and from which zones?</source>
        <translation>На каких портах сервер клиентского доступа принимает подключения и из каких зон?</translation>
    </message>
    <message>
        <source>Exchange 2016 published through a reverse proxy</source>
        <translation>Exchange 2016, опубликованный через обратный прокси</translation>
    </message>
    <message>
        <source>A reverse proxy in the DMZ publishes the web services, so HTTPS crosses both firewalls while SMTP goes straight to the Mailbox servers. You learn what a reverse proxy changes in the rules.</source>
        <translation>Обратный прокси в DMZ публикует веб-службы, поэтому HTTPS проходит через оба брандмауэра, а SMTP идёт прямо на серверы почтовых ящиков. Вы узнаете, что обратный прокси меняет в правилах.</translation>
    </message>
    <message>
        <source>Two Exchange 2016 Mailbox servers are on the LAN; a reverse proxy in the DMZ publishes Outlook on the web, ActiveSync, EWS, Autodiscover and Outlook Anywhere.</source>
        <translation>Два сервера почтовых ящиков Exchange 2016 находятся в LAN; обратный прокси в DMZ публикует Outlook в Интернете, ActiveSync, EWS, автообнаружение и Outlook Anywhere.</translation>
    </message>
    <message>
        <source>Which rules must the firewall between the Internet and the LAN allow?</source>
        <translation>Какие правила должен разрешать брандмауэр между Интернетом и LAN?</translation>
    </message>
    <message>
        <source>Exchange 2019 with an Edge Transport server</source>
        <translation>Exchange 2019 с пограничным транспортным сервером</translation>
    </message>
    <message>
        <source>The Edge Transport server takes the Internet&apos;s mail in the perimeter network and learns recipients through EdgeSync. You learn the two ports the inner firewall needs and why Mailbox servers never go into the DMZ.</source>
        <translation>Пограничный транспортный сервер принимает почту из Интернета в сети периметра и узнаёт получателей через EdgeSync. Вы узнаете два порта, нужных внутреннему брандмауэру, и почему серверам почтовых ящиков не место в DMZ.</translation>
    </message>
    <message>
        <source>A subscribed Edge Transport server sits in the perimeter network; two Mailbox servers and a domain controller are on the LAN.</source>
        <translation>Подписанный пограничный транспортный сервер находится в сети периметра; два сервера почтовых ящиков и контроллер домена — в LAN.</translation>
    </message>
    <message>
        <source>Which ports does the Edge Transport server listen on, and from which zones?</source>
        <translation>На каких портах пограничный транспортный сервер принимает подключения и из каких зон?</translation>
    </message>
    <message>
        <source>Where does a third Mailbox server belong?</source>
        <translation>Где место третьему серверу почтовых ящиков?</translation>
    </message>
    <message>
        <source>Exchange 2019 hybrid with Exchange Online</source>
        <translation>Гибридное развертывание Exchange 2019 с Exchange Online</translation>
    </message>
    <message>
        <source>In a hybrid deployment Exchange Online calls the on-premises servers for mail, free/busy and mailbox moves. You learn which ports the cloud needs and that the domain controller stays inside.</source>
        <translation>В гибридном развертывании Exchange Online обращается к локальным серверам за почтой, сведениями о занятости и для перемещения почтовых ящиков. Вы узнаете, какие порты нужны облаку и что контроллер домена остаётся внутри.</translation>
    </message>
    <message>
        <source>An Exchange 2019 Mailbox server on the LAN is in a hybrid deployment with Exchange Online.</source>
        <translation>Сервер почтовых ящиков Exchange 2019 в LAN входит в гибридное развертывание с Exchange Online.</translation>
    </message>
    <message>
        <source>Which rules must the firewall between Exchange Online and the LAN allow?</source>
        <translation>Какие правила должен разрешать брандмауэр между Exchange Online и LAN?</translation>
    </message>
    <message>
        <source>Where does a second domain controller belong?</source>
        <translation>Где место второму контроллеру домена?</translation>
    </message>
    <message>
        <source>An Exchange 2019 DAG across sites</source>
        <translation>DAG Exchange 2019 на нескольких площадках</translation>
    </message>
    <message>
        <source>A database availability group stretched over two sites replicates, seeds and fails over between them, and Microsoft does not support filtering between its members. You learn how much crosses a site link and what the witness needs.</source>
        <translation>Группа обеспечения доступности баз данных на двух площадках реплицирует, заполняет и переключает базы между ними, а Microsoft не поддерживает фильтрацию трафика между её членами. Вы узнаете, сколько всего идёт по каналу между площадками и что нужно следящему серверу.</translation>
    </message>
    <message>
        <source>Each site holds a Mailbox server of the same DAG and a domain controller; the file share witness is in a third site.</source>
        <translation>На каждой площадке — сервер почтовых ящиков одной DAG и контроллер домена; следящий файловый ресурс находится на третьей площадке.</translation>
    </message>
    <message>
        <source>Which rules must the link between site A and site B allow?</source>
        <translation>Какие правила должен разрешать канал между площадкой A и площадкой B?</translation>
    </message>
    <message>
        <source>Which ports does the file share witness listen on, and from which zones?</source>
        <translation>На каких портах следящий файловый ресурс принимает подключения и из каких зон?</translation>
    </message>
    <message>
        <source>Exchange 2019 DAG across two sites</source>
        <translation>DAG Exchange 2019 на двух сайтах</translation>
    </message>
    <message>
        <source>A database availability group with one Mailbox server in each of two sites and the file share witness in a third.</source>
        <translation>Группа обеспечения доступности баз данных с одним сервером почтовых ящиков на каждом из двух сайтов и файловым ресурсом-свидетелем на третьем.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Основная панель</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Открыть…</translation>
    </message>
    <message>
        <source>Open deployment</source>
        <translation>Открыть развертывание</translation>
    </message>
    <message>
        <source>Portolan deployments (*.portolan)</source>
        <translation>Развертывания Portolan (*.portolan)</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>Со&amp;хранить</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>Сохранить &amp;как…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>В&amp;ыход</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Правка</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Отменить</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Повторить</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Вид</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>&amp;Увеличить</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>У&amp;меньшить</translation>
    </message>
    <message>
        <source>&amp;Fit</source>
        <translation>По &amp;размеру окна</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Роли</translation>
    </message>
    <message>
        <source>Port matrix</source>
        <translation>Матрица портов</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>Предупреждения</translation>
    </message>
    <message>
        <source>Cannot open deployment</source>
        <translation>Не удается открыть развертывание</translation>
    </message>
    <message>
        <source>%1 cannot be opened:
%2</source>
        <translation>Не удается открыть %1:
%2</translation>
    </message>
    <message>
        <source>Cannot save deployment</source>
        <translation>Не удается сохранить развертывание</translation>
    </message>
    <message>
        <source>Save deployment</source>
        <translation>Сохранить развертывание</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Несохраненные изменения</translation>
    </message>
    <message>
        <source>The deployment has unsaved changes. Save them?</source>
        <translation>В развертывании есть несохраненные изменения. Сохранить их?</translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation>Без имени</translation>
    </message>
    <message>
        <source>%1[*] — %2 — Portolan</source>
        <translation>%1[*] — %2 — Portolan</translation>
    </message>
    <message>
        <source>&amp;New from Template…</source>
        <translation>&amp;Создать из шаблона…</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>&amp;Недавние файлы</translation>
    </message>
    <message>
        <source>&amp;Export Diagram…</source>
        <translation>&amp;Экспорт схемы…</translation>
    </message>
    <message>
        <source>Inspector</source>
        <translation>Инспектор</translation>
    </message>
    <message>
        <source>Options</source>
        <translation>Параметры</translation>
    </message>
    <message>
        <source>Undo history</source>
        <translation>История изменений</translation>
    </message>
    <message>
        <source>&lt;opened file&gt;</source>
        <translation>&lt;открытый файл&gt;</translation>
    </message>
    <message>
        <source>&lt;new from template&gt;</source>
        <translation>&lt;создано из шаблона&gt;</translation>
    </message>
    <message>
        <source>File not found</source>
        <translation>Файл не найден</translation>
    </message>
    <message>
        <source>%1 no longer exists. It has been removed from the recent files.</source>
        <translation>%1 больше не существует. Файл удален из списка недавних файлов.</translation>
    </message>
    <message>
        <source>&amp;Clear Menu</source>
        <translation>&amp;Очистить меню</translation>
    </message>
    <message>
        <source>diagram</source>
        <translation>схема</translation>
    </message>
    <message>
        <source>Export diagram</source>
        <translation>Экспорт схемы</translation>
    </message>
    <message>
        <source>Cannot export the diagram</source>
        <translation>Не удается экспортировать схему</translation>
    </message>
    <message>
        <source>%1 cannot be written:
%2</source>
        <translation>Не удается записать %1:
%2</translation>
    </message>
    <message>
        <source>Exported the diagram to %1</source>
        <translation>Схема экспортирована в %1</translation>
    </message>
    <message>
        <source>&amp;Import nmap XML…</source>
        <translation>&amp;Импорт XML nmap…</translation>
    </message>
    <message>
        <source>Import nmap XML</source>
        <translation>Импорт XML nmap</translation>
    </message>
    <message>
        <source>nmap XML reports (*.xml)</source>
        <translation>Отчёты nmap в XML (*.xml)</translation>
    </message>
    <message>
        <source>Probe dashboard</source>
        <translation>Панель проверок</translation>
    </message>
    <message>
        <source>&amp;Probe</source>
        <translation>&amp;Проверка</translation>
    </message>
    <message>
        <source>Cannot import the nmap report</source>
        <translation>Не удаётся импортировать отчёт nmap</translation>
    </message>
    <message>
        <source>%1 cannot be read:
%2</source>
        <translation>Не удаётся прочитать %1:
%2</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n ports from the nmap report</source>
        <translation>
            <numerusform>Импортирован %n порт из отчёта nmap</numerusform>
            <numerusform>Импортировано %n порта из отчёта nmap</numerusform>
            <numerusform>Импортировано %n портов из отчёта nmap</numerusform>
        </translation>
    </message>
    <message>
        <source>(no server has the address %1)</source>
        <translation>(ни у одного сервера нет адреса %1)</translation>
    </message>
    <message>
        <source>Export Port &amp;Matrix…</source>
        <translation>Экспорт &amp;матрицы портов…</translation>
    </message>
    <message>
        <source>port-matrix</source>
        <translation>матрица-портов</translation>
    </message>
    <message>
        <source>&amp;Copy Rules of This Firewall</source>
        <translation>&amp;Копировать правила этого брандмауэра</translation>
    </message>
    <message>
        <source>a new deployment</source>
        <translation>новое развёртывание</translation>
    </message>
    <message>
        <source>Restore unsaved changes</source>
        <translation>Восстановить несохранённые изменения</translation>
    </message>
    <message>
        <source>Portolan ended without saving the changes to “%1” (%2). The last copy is from %3.

Restore it?</source>
        <translation>Portolan завершился, не сохранив изменения в «%1» (%2). Последняя копия сделана %3.

Восстановить её?</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Восстановить</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>&amp;Отбросить</translation>
    </message>
    <message>
        <source>&amp;Later</source>
        <translation>&amp;Позже</translation>
    </message>
    <message>
        <source>&lt;restored&gt;</source>
        <translation>&lt;восстановлено&gt;</translation>
    </message>
    <message>
        <source>Warnings (%1)</source>
        <translation>Предупреждения (%1)</translation>
    </message>
    <message>
        <source>Legend</source>
        <translation>Легенда</translation>
    </message>
    <message>
        <source>selected-rules</source>
        <translation>vybrannye-pravila</translation>
    </message>
    <message>
        <source>Export Its Port &amp;Matrix Rows…</source>
        <translation>Экспортировать его строки &amp;матрицы портов…</translation>
    </message>
</context>
<context>
    <name>MatrixBuilder</name>
    <message>
        <source>(Published through the reverse proxy.)</source>
        <translation>(Публикуется через обратный прокси-сервер.)</translation>
    </message>
</context>
<context>
    <name>MatrixCsvWriter</name>
    <message>
        <source>cannot write the matrix: the output is not open for writing</source>
        <translation>не удается записать матрицу: вывод не открыт для записи</translation>
    </message>
    <message>
        <source>cannot write the matrix: %1</source>
        <translation>не удается записать матрицу: %1</translation>
    </message>
    <message>
        <source>From zone</source>
        <translation>Зона источника</translation>
    </message>
    <message>
        <source>To zone</source>
        <translation>Зона назначения</translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation>Протокол</translation>
    </message>
    <message>
        <source>Ports</source>
        <translation>Порты</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Служба</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Источники</translation>
    </message>
    <message>
        <source>Destinations</source>
        <translation>Назначения</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Цель</translation>
    </message>
    <message>
        <source>Encryption</source>
        <translation>Шифрование</translation>
    </message>
    <message>
        <source>References</source>
        <translation>Ссылки</translation>
    </message>
</context>
<context>
    <name>MatrixExportFlow</name>
    <message>
        <source>Export port matrix</source>
        <translation>Экспорт матрицы портов</translation>
    </message>
    <message numerus="yes">
        <source>The table shows %1 of the %n rules.</source>
        <translation>
            <numerusform>В таблице показано %1 из %n правила.</numerusform>
            <numerusform>В таблице показано %1 из %n правил.</numerusform>
            <numerusform>В таблице показано %1 из %n правил.</numerusform>
        </translation>
    </message>
    <message>
        <source>Which rules do you want to export?</source>
        <translation>Какие правила экспортировать?</translation>
    </message>
    <message>
        <source>&amp;All rules</source>
        <translation>&amp;Все правила</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Only the %n rows shown</source>
        <translation>
            <numerusform>&amp;Только %n показанную строку</numerusform>
            <numerusform>&amp;Только %n показанные строки</numerusform>
            <numerusform>&amp;Только %n показанных строк</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot export the port matrix</source>
        <translation>Не удается экспортировать матрицу портов</translation>
    </message>
    <message>
        <source>%1 cannot be written:
%2</source>
        <translation>Не удается записать %1:
%2</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n rules to %1</source>
        <translation>
            <numerusform>Экспортировано %n правило в %1</numerusform>
            <numerusform>Экспортировано %n правила в %1</numerusform>
            <numerusform>Экспортировано %n правил в %1</numerusform>
        </translation>
    </message>
    <message>
        <source>the file type &quot;%1&quot; is none of the port matrix formats (%2)</source>
        <translation>тип файла &quot;%1&quot; не относится к форматам матрицы портов (%2)</translation>
    </message>
</context>
<context>
    <name>MatrixJsonWriter</name>
    <message>
        <source>cannot write the matrix: the output is not open for writing</source>
        <translation>не удается записать матрицу: вывод не открыт для записи</translation>
    </message>
    <message>
        <source>cannot write the matrix: %1</source>
        <translation>не удается записать матрицу: %1</translation>
    </message>
</context>
<context>
    <name>MatrixMarkdownWriter</name>
    <message>
        <source>cannot write the matrix: the output is not open for writing</source>
        <translation>не удается записать матрицу: вывод не открыт для записи</translation>
    </message>
    <message>
        <source>cannot write the matrix: %1</source>
        <translation>не удается записать матрицу: %1</translation>
    </message>
    <message>
        <source>Untitled deployment</source>
        <translation>Развертывание без имени</translation>
    </message>
    <message>
        <source>Port matrix: %1 (%2)</source>
        <translation>Матрица портов: %1 (%2)</translation>
    </message>
    <message>
        <source>The deployment needs no flows.</source>
        <translation>Для этого развертывания не требуется сетевой трафик.</translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation>Протокол</translation>
    </message>
    <message>
        <source>Ports</source>
        <translation>Порты</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Служба</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Источники</translation>
    </message>
    <message>
        <source>Destinations</source>
        <translation>Назначения</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Цель</translation>
    </message>
    <message>
        <source>References</source>
        <translation>Ссылки</translation>
    </message>
    <message>
        <source>(unconfirmed)</source>
        <translation>(не подтверждено)</translation>
    </message>
    <message>
        <source>Inside zones</source>
        <translation>Внутри зон</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>Предупреждения</translation>
    </message>
    <message>
        <source>None.</source>
        <translation>Нет.</translation>
    </message>
</context>
<context>
    <name>MatrixPanel</name>
    <message>
        <source>Filter: port, server, purpose…</source>
        <translation>Фильтр: порт, сервер, цель…</translation>
    </message>
    <message>
        <source>All zone pairs</source>
        <translation>Все пары зон</translation>
    </message>
    <message>
        <source>All services</source>
        <translation>Все службы</translation>
    </message>
    <message>
        <source>&amp;Copy Rows</source>
        <translation>&amp;Копировать строки</translation>
    </message>
    <message>
        <source>&amp;Export Selected Rows…</source>
        <translation>&amp;Экспортировать выделенные строки…</translation>
    </message>
    <message>
        <source>C&amp;lear Filters</source>
        <translation>&amp;Сбросить фильтры</translation>
    </message>
    <message>
        <source>Only the rules that cross this firewall</source>
        <translation>Только правила, проходящие через этот межсетевой экран</translation>
    </message>
    <message>
        <source>All firewalls</source>
        <translation>Все межсетевые экраны</translation>
    </message>
</context>
<context>
    <name>NetworkChecks</name>
    <message>
        <source>%1&apos;s address %2 is outside the networks of its zone %3 (%4): the firewall rules for the zone will not match it. Correct the address or the zone&apos;s networks.</source>
        <translation>Адрес %2 сервера %1 лежит вне сетей его зоны %3 (%4): правила межсетевого экрана для зоны его не охватят. Исправьте адрес или сети зоны.</translation>
    </message>
    <message>
        <source>The networks of zones %1 (%2) and %3 (%4) overlap: a firewall cannot tell the two zones apart by address.</source>
        <translation>Сети зон %1 (%2) и %3 (%4) пересекаются: межсетевой экран не сможет различить эти зоны по адресу.</translation>
    </message>
    <message>
        <source>Interface %1 of firewall %2 faces zone &quot;%3&quot;, which the deployment does not have.</source>
        <translation>Интерфейс %1 межсетевого экрана %2 обращён к зоне &quot;%3&quot;, которой в развёртывании нет.</translation>
    </message>
    <message numerus="yes">
        <source>Firewall %1 joins %n zone(s); a firewall joins two or more.</source>
        <translation>
            <numerusform>Межсетевой экран %1 соединяет %n зону; межсетевой экран соединяет две или более.</numerusform>
            <numerusform>Межсетевой экран %1 соединяет %n зоны; межсетевой экран соединяет две или более.</numerusform>
            <numerusform>Межсетевой экран %1 соединяет %n зон; межсетевой экран соединяет две или более.</numerusform>
        </translation>
    </message>
    <message>
        <source>No firewall joins zone %1 to the others: flows to and from it cross no firewall that could allow them. Give a firewall an interface facing it.</source>
        <translation>Ни один межсетевой экран не соединяет зону %1 с остальными: потоки в неё и из неё не проходят ни через один экран, который мог бы их разрешить. Добавьте межсетевому экрану интерфейс, обращённый к этой зоне.</translation>
    </message>
    <message numerus="yes">
        <source>%1 and %n more</source>
        <comment>endpoints</comment>
        <translation>
            <numerusform>%1 и ещё %n</numerusform>
            <numerusform>%1 и ещё %n</numerusform>
            <numerusform>%1 и ещё %n</numerusform>
        </translation>
    </message>
    <message>
        <source>No address is known for %2 in zone %1, which has no networks: the firewall rules for them cannot name their addresses, and the firewall export lists them to fill in. Give the zone its networks or the servers their IP addresses.</source>
        <translation>Для %2 в зоне %1, у которой нет сетей, адрес неизвестен: правила межсетевого экрана не могут указать их адреса, и экспорт правил перечислит их для заполнения. Задайте сети зоны или IP-адреса серверов.</translation>
    </message>
    <message>
        <source>Firewall %1 runs zone &quot;%2&quot;, which the deployment does not have.</source>
        <translation>Межсетевой экран %1 запускает зону &quot;%2&quot;, которой в развёртывании нет.</translation>
    </message>
    <message>
        <source>Firewall %1 runs zone %2 and also faces it through interface %3: the servers running on a firewall are reached without an interface.</source>
        <translation>Межсетевой экран %1 запускает зону %2 и одновременно обращён к ней интерфейсом %3: к серверам, работающим на межсетевом экране, обращаются без интерфейса.</translation>
    </message>
    <message>
        <source>Zone %1 runs on firewall %2 and is also joined by firewall %3: a zone that runs on a firewall is reached through that firewall only.</source>
        <translation>Зона %1 работает на межсетевом экране %2 и одновременно подключена к межсетевому экрану %3: к зоне, работающей на межсетевом экране, обращаются только через этот экран.</translation>
    </message>
</context>
<context>
    <name>NewLessonDialog</name>
    <message>
        <source>New Lesson from this Deployment</source>
        <translation>Новый урок из этого развёртывания</translation>
    </message>
    <message>
        <source>What the learner should do, e.g. which documents to read first.</source>
        <translation>Что должен сделать учащийся, например какие документы прочитать сначала.</translation>
    </message>
    <message>
        <source>Firewall between %1 and %2</source>
        <translation>Межсетевой экран между %1 и %2</translation>
    </message>
    <message>
        <source>Ports of server %1</source>
        <translation>Порты сервера %1</translation>
    </message>
    <message>
        <source>Where one more %1 belongs</source>
        <translation>Куда поместить ещё один сервер роли %1</translation>
    </message>
    <message>
        <source>&amp;Save Lesson…</source>
        <translation>&amp;Сохранить урок…</translation>
    </message>
    <message>
        <source>lesson</source>
        <translation>urok</translation>
    </message>
    <message>
        <source>Save lesson</source>
        <translation>Сохранить урок</translation>
    </message>
    <message>
        <source>Portolan lessons (*.portolan-lesson)</source>
        <translation>Уроки Portolan (*.portolan-lesson)</translation>
    </message>
    <message>
        <source>Cannot save the lesson</source>
        <translation>Не удаётся сохранить урок</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Название:</translation>
    </message>
    <message>
        <source>&amp;Instructions:</source>
        <translation>&amp;Задание:</translation>
    </message>
    <message>
        <source>&amp;Ask about (the answers are hidden from the learner):</source>
        <translation>&amp;Спросить о (ответы скрыты от учащегося):</translation>
    </message>
    <message>
        <source>Which rules must the firewall between %1 and %2 allow, in both directions?</source>
        <translation>Какие правила должен разрешать межсетевой экран между %1 и %2 в обоих направлениях?</translation>
    </message>
    <message>
        <source>Which ports does %1 listen on, and from which zones?</source>
        <translation>На каких портах слушает %1 и из каких зон?</translation>
    </message>
    <message>
        <source>In which zone does one more server of each of these roles belong, so that the layout is supported: %1?</source>
        <translation>В какую зону поместить ещё по одному серверу каждой из этих ролей, чтобы схема поддерживалась: %1?</translation>
    </message>
    <message>
        <source>Asks about: %1.</source>
        <translation>Вопросы: %1.</translation>
    </message>
</context>
<context>
    <name>NftablesWriter</name>
    <message>
        <source>cannot write the ruleset: the output is not open for writing</source>
        <translation>не удаётся записать набор правил: вывод не открыт для записи</translation>
    </message>
    <message>
        <source>no firewall &quot;%1&quot; in the deployment (its firewalls: %2)</source>
        <translation>в развёртывании нет межсетевого экрана &quot;%1&quot; (его межсетевые экраны: %2)</translation>
    </message>
    <message>
        <source>firewall &quot;%1&quot;: the interface &quot;%2&quot; (zone &quot;%3&quot;) is not a Linux interface name: at most %4 letters, digits, &apos;.&apos;, &apos;-&apos; or &apos;_&apos;</source>
        <translation>межсетевой экран &quot;%1&quot;: интерфейс &quot;%2&quot; (зона &quot;%3&quot;) — недопустимое имя интерфейса Linux: не более %4 букв, цифр, &apos;.&apos;, &apos;-&apos; или &apos;_&apos;</translation>
    </message>
    <message>
        <source>%1: the sources (%2) and the destinations (%3) have no address family in common; give them IPv4 or IPv6 addresses of the same family</source>
        <translation>%1: у источников (%2) и получателей (%3) нет общего семейства адресов; дайте им адреса IPv4 или IPv6 одного семейства</translation>
    </message>
    <message>
        <source>firewall &quot;%1&quot;: %2</source>
        <translation>межсетевой экран &quot;%1&quot;: %2</translation>
    </message>
    <message>
        <source>cannot write the ruleset: %1</source>
        <translation>не удаётся записать набор правил: %1</translation>
    </message>
</context>
<context>
    <name>NmapXmlReader</name>
    <message>
        <source>line %1, column %2: %3</source>
        <translation>строка %1, столбец %2: %3</translation>
    </message>
    <message>
        <source>not an nmap XML report (the root element is not &lt;nmaprun&gt;)</source>
        <translation>это не отчет nmap в формате XML (корневой элемент не &lt;nmaprun&gt;)</translation>
    </message>
</context>
<context>
    <name>OptionsPanel</name>
    <message>
        <source>POP3</source>
        <translation>POP3</translation>
    </message>
    <message>
        <source>IMAP4</source>
        <translation>IMAP4</translation>
    </message>
    <message>
        <source>SMTP client submission</source>
        <translation>Отправка почты клиентами по SMTP</translation>
    </message>
    <message>
        <source>Hybrid with Exchange Online</source>
        <translation>Гибридное развертывание с Exchange Online</translation>
    </message>
    <message>
        <source>Unified Messaging services</source>
        <translation>Службы единой системы обмена сообщениями</translation>
    </message>
    <message>
        <source>Sender reputation open-proxy test</source>
        <translation>Репутация отправителя: проверка открытого прокси</translation>
    </message>
    <message>
        <source>Outbound proxy through the front end</source>
        <translation>Исходящий прокси через front-end</translation>
    </message>
    <message>
        <source>NNTP</source>
        <translation>NNTP</translation>
    </message>
    <message>
        <source>RPC over HTTP</source>
        <translation>RPC через HTTP</translation>
    </message>
    <message>
        <source>X.400 connector</source>
        <translation>Соединитель X.400</translation>
    </message>
    <message>
        <source>Chat service</source>
        <translation>Служба чата</translation>
    </message>
    <message>
        <source>Conferencing server</source>
        <translation>Сервер конференций</translation>
    </message>
    <message>
        <source>Instant Messaging</source>
        <translation>Мгновенные сообщения</translation>
    </message>
    <message>
        <source>Site Replication Service</source>
        <translation>Служба репликации сайтов</translation>
    </message>
    <message>
        <source>LDAP over SSL</source>
        <translation>LDAP через SSL</translation>
    </message>
    <message>
        <source>Static RPC ports</source>
        <translation>Статические порты RPC</translation>
    </message>
    <message>
        <source>Database availability group</source>
        <translation>Группа обеспечения доступности баз данных</translation>
    </message>
    <message>
        <source>Windows default</source>
        <translation>По умолчанию в Windows</translation>
    </message>
    <message>
        <source>Custom:</source>
        <translation>Настраиваемый:</translation>
    </message>
    <message>
        <source>MSExchangeRPC\ParametersSystem &quot;TCP/IP Port&quot;</source>
        <translation>MSExchangeRPC\ParametersSystem &quot;TCP/IP Port&quot;</translation>
    </message>
    <message>
        <source>MSExchangeAB\Parameters &quot;RpcTcpPort&quot;</source>
        <translation>MSExchangeAB\Parameters &quot;RpcTcpPort&quot;</translation>
    </message>
    <message>
        <source>Set-DatabaseAvailabilityGroup -ReplicationPort</source>
        <translation>Set-DatabaseAvailabilityGroup -ReplicationPort</translation>
    </message>
    <message>
        <source>Every server&apos;s dynamic RPC ports are restricted to this range.</source>
        <translation>Динамические порты RPC всех серверов ограничиваются этим диапазоном.</translation>
    </message>
    <message>
        <source>Services</source>
        <translation>Службы</translation>
    </message>
    <message>
        <source>RPC and replication</source>
        <translation>RPC и репликация</translation>
    </message>
    <message>
        <source>RPC Client Access port:</source>
        <translation>Порт клиентского доступа RPC:</translation>
    </message>
    <message>
        <source>Address Book port:</source>
        <translation>Порт адресной книги:</translation>
    </message>
    <message>
        <source>Replication port:</source>
        <translation>Порт репликации:</translation>
    </message>
    <message>
        <source>Dynamic RPC range:</source>
        <translation>Динамический диапазон RPC:</translation>
    </message>
    <message>
        <source>No Exchange version uses this option.</source>
        <translation>Этот параметр не используется ни в одной версии Exchange.</translation>
    </message>
    <message>
        <source>Applies to %1.</source>
        <translation>Применяется к %1.</translation>
    </message>
    <message>
        <source>Not used by the Exchange versions of this deployment. </source>
        <translation>Не используется версиями Exchange в этом развертывании. </translation>
    </message>
    <message>
        <source>RPC Client Access and the Address Book service listen on fixed ports instead of the dynamic RPC range.</source>
        <translation>Служба клиентского доступа RPC и служба адресной книги прослушивают фиксированные порты вместо динамического диапазона RPC.</translation>
    </message>
    <message>
        <source>POP3 clients download mail. Off by default from Exchange 2013 on.</source>
        <translation>Клиенты POP3 загружают почту. Начиная с Exchange 2013 по умолчанию отключено.</translation>
    </message>
    <message>
        <source>IMAP4 clients read their folders. Off by default from Exchange 2013 on.</source>
        <translation>Клиенты IMAP4 работают со своими папками. Начиная с Exchange 2013 по умолчанию отключено.</translation>
    </message>
    <message>
        <source>POP3/IMAP4 clients and applications send mail with authentication.</source>
        <translation>Клиенты POP3/IMAP4 и приложения отправляют почту с проверкой подлинности.</translation>
    </message>
    <message>
        <source>Mail flow, free/busy, Autodiscover and EWS with Exchange Online.</source>
        <translation>Поток обработки почты, сведения о занятости, Autodiscover и EWS с Exchange Online.</translation>
    </message>
    <message>
        <source>Voice mail on 2013/2016 servers: SIP signalling and RTP media with VoIP gateways. 2007/2010 use the Unified Messaging role instead.</source>
        <translation>Голосовая почта на серверах 2013/2016: сигнализация SIP и мультимедиа RTP с VoIP-шлюзами. В 2007/2010 вместо этого используется роль единой системы обмена сообщениями.</translation>
    </message>
    <message>
        <source>The Edge connects back to sending servers to test whether they are open proxies.</source>
        <translation>Сервер Edge подключается к отправляющим серверам, чтобы проверить, не являются ли они открытыми прокси-серверами.</translation>
    </message>
    <message>
        <source>Outgoing Internet mail leaves through the front-end transport service (&quot;Proxy through Client Access server&quot;).</source>
        <translation>Исходящая почта в Интернет отправляется через службу транспорта переднего плана (&quot;Прокси через сервер клиентского доступа&quot;).</translation>
    </message>
    <message>
        <source>ActiveSync Direct Push notifications</source>
        <translation>Уведомления ActiveSync Direct Push</translation>
    </message>
    <message>
        <source>Exchange 2003 SP2 back-end servers notify the front-end of new items.</source>
        <translation>Внутренние (back-end) серверы Exchange 2003 SP2 уведомляют внешний (front-end) сервер о новых элементах.</translation>
    </message>
    <message>
        <source>News readers and news servers exchange articles with public folders.</source>
        <translation>Программы чтения новостей и серверы новостей обмениваются статьями с общедоступными папками.</translation>
    </message>
    <message>
        <source>Outlook 2003 reaches its mailbox through HTTPS to the RPC proxy, which forwards to the back-end.</source>
        <translation>Outlook 2003 подключается к почтовому ящику по HTTPS через прокси-сервер RPC, который перенаправляет запросы на внутренний (back-end) сервер.</translation>
    </message>
    <message>
        <source>The message transfer agent talks X.400 over TCP/IP to other MTAs.</source>
        <translation>Агент передачи сообщений (MTA) обменивается данными X.400 по TCP/IP с другими MTA.</translation>
    </message>
    <message>
        <source>Exchange 2000 Chat Service communities for IRC/IRCX clients.</source>
        <translation>Сообщества службы чата Exchange 2000 для клиентов IRC/IRCX.</translation>
    </message>
    <message>
        <source>Exchange 2000 Conferencing Server: data, audio and video conferences.</source>
        <translation>Exchange 2000 Conferencing Server: конференции с обменом данными, аудио- и видеоконференции.</translation>
    </message>
    <message>
        <source>Exchange 2000 Instant Messaging clients talk RVP over HTTP.</source>
        <translation>Клиенты Exchange 2000 Instant Messaging обмениваются данными по протоколу RVP через HTTP.</translation>
    </message>
    <message>
        <source>Directory exchange with Exchange 5.5 during coexistence.</source>
        <translation>Обмен данными каталога с Exchange 5.5 в период сосуществования.</translation>
    </message>
    <message>
        <source>Directory lookups to the domain controllers over SSL.</source>
        <translation>Запросы к каталогу на контроллерах домена через SSL.</translation>
    </message>
    <message>
        <source>Each server uses the dynamic RPC range its Exchange version and role default to; the port matrix shows it.</source>
        <translation>Каждый сервер использует динамический диапазон RPC, заданный по умолчанию для его версии Exchange и роли; он отображается в матрице портов.</translation>
    </message>
    <message>
        <source>Ports: %1</source>
        <translation>Порты: %1</translation>
    </message>
    <message>
        <source>Public folder databases</source>
        <translation>Базы данных общих папок</translation>
    </message>
    <message>
        <source>Exchange 2010: Outlook opens public folders directly on the Mailbox servers that hold public folder databases. Public folder replication is e-mail: it travels through the Hub Transport servers and, with Exchange 2000/2003, the routing group connectors.</source>
        <translation>Exchange 2010: Outlook открывает общие папки напрямую на серверах почтовых ящиков, где лежат базы данных общих папок. Репликация общих папок — это почта: она идёт через серверы транспорта-концентратора, а с Exchange 2000/2003 — через соединители групп маршрутизации.</translation>
    </message>
    <message>
        <source>Standby continuous replication</source>
        <translation>Резервная непрерывная репликация (SCR)</translation>
    </message>
    <message>
        <source>Exchange 2007 SP1: an SCR target copies transaction logs from its source Mailbox server over SMB.</source>
        <translation>Exchange 2007 SP1: целевой сервер SCR копирует журналы транзакций с исходного сервера почтовых ящиков по SMB.</translation>
    </message>
    <message>
        <source>Mailbox servers replicate their databases to each other and form a cluster (Exchange 2007: cluster continuous replication, CCR).</source>
        <translation>Серверы почтовых ящиков реплицируют базы данных друг другу и образуют кластер (Exchange 2007: кластерная непрерывная репликация, CCR).</translation>
    </message>
    <message>
        <source>Reverse proxy pre-authentication</source>
        <translation>Предварительная аутентификация на обратном прокси</translation>
    </message>
    <message>
        <source>The reverse proxy authenticates users against Active Directory before it publishes Exchange (unconfirmed ports; hybrid endpoints do not support it).</source>
        <translation>Обратный прокси проверяет пользователей в Active Directory, прежде чем публиковать Exchange (порты не подтверждены; гибридные конечные точки этого не поддерживают).</translation>
    </message>
    <message>
        <source>The VoIP security of the UM dial plans (2007/2010) or the UM startup mode (2013/2016): which SIP ports the gateways use and whether media is SRTP.</source>
        <translation>Безопасность VoIP абонентских групп UM (2007/2010) или режим запуска UM (2013/2016): какие порты SIP используют шлюзы и передаются ли медиаданные по SRTP.</translation>
    </message>
    <message>
        <source>Bridging re-encrypts to Exchange on 443; offloading sends HTTP on 80, which Microsoft supports only for some versions.</source>
        <translation>При мостовом режиме трафик к Exchange снова шифруется на порту 443; при разгрузке передаётся HTTP на порт 80, что Microsoft поддерживает лишь для некоторых версий.</translation>
    </message>
    <message>
        <source>Unsecured (TCP)</source>
        <translation>Без защиты (TCP)</translation>
    </message>
    <message>
        <source>SIP secured (TLS)</source>
        <translation>Защищённый SIP (TLS)</translation>
    </message>
    <message>
        <source>Secured (TLS, SRTP)</source>
        <translation>Защищённый (TLS, SRTP)</translation>
    </message>
    <message>
        <source>Dual (TCP and TLS)</source>
        <translation>Двойной (TCP и TLS)</translation>
    </message>
    <message>
        <source>SSL bridging</source>
        <translation>Мостовой режим SSL</translation>
    </message>
    <message>
        <source>SSL offloading</source>
        <translation>Разгрузка SSL</translation>
    </message>
    <message>
        <source>Voice and publishing</source>
        <translation>Голос и публикация</translation>
    </message>
    <message>
        <source>UM RTP range:</source>
        <translation>Диапазон RTP для UM:</translation>
    </message>
    <message>
        <source>The UDP ports of Unified Messaging&apos;s media on the Exchange side (msexchangeum.config); default 1024-65535.</source>
        <translation>UDP-порты медиаданных единой системы обмена сообщениями на стороне Exchange (msexchangeum.config); по умолчанию 1024-65535.</translation>
    </message>
    <message>
        <source>UM security</source>
        <translation>Безопасность UM</translation>
    </message>
    <message>
        <source>Reverse proxy TLS</source>
        <translation>TLS на обратном прокси</translation>
    </message>
    <message>
        <source>%1:</source>
        <comment>form label</comment>
        <translation>%1:</translation>
    </message>
</context>
<context>
    <name>PortMatrixModel</name>
    <message>
        <source>If blocked: %1</source>
        <translation>При блокировке: %1</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Откуда</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Куда</translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation>Протокол</translation>
    </message>
    <message>
        <source>Ports</source>
        <translation>Порты</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Служба</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Источники</translation>
    </message>
    <message>
        <source>Destinations</source>
        <translation>Назначения</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Цель</translation>
    </message>
    <message>
        <source>Encryption</source>
        <translation>Шифрование</translation>
    </message>
    <message>
        <source>References</source>
        <translation>Ссылки</translation>
    </message>
    <message>
        <source>Observed</source>
        <translation>Наблюдение</translation>
    </message>
    <message>
        <source>%1 · not verified from here</source>
        <translation>%1 · отсюда не подтверждено</translation>
    </message>
    <message>
        <source>%1 (%2 → %3)</source>
        <comment>firewall (ingress interface → egress interface)</comment>
        <translation>%1 (%2 → %3)</translation>
    </message>
    <message>
        <source>no path</source>
        <comment>no chain of firewalls joins the zones</comment>
        <translation>нет пути</translation>
    </message>
    <message>
        <source>No chain of firewalls joins %1 and %2: no firewall lets this traffic through. Give a firewall an interface facing each zone.</source>
        <translation>Никакая цепочка межсетевых экранов не соединяет %1 и %2: ни один экран не пропустит этот трафик. Дайте межсетевому экрану интерфейс в каждую из зон.</translation>
    </message>
    <message>
        <source>Firewalls</source>
        <translation>Межсетевые экраны</translation>
    </message>
</context>
<context>
    <name>ProbeDashboard</name>
    <message>
        <source>Connect latency</source>
        <translation>Задержка подключения</translation>
    </message>
    <message>
        <source>States per run</source>
        <translation>Состояния по прогонам</translation>
    </message>
    <message>
        <source>Latency, latest run</source>
        <translation>Задержка, последний прогон</translation>
    </message>
    <message>
        <source>time</source>
        <translation>время</translation>
    </message>
    <message>
        <source>ms</source>
        <translation>мс</translation>
    </message>
    <message>
        <source>run</source>
        <translation>прогон</translation>
    </message>
    <message>
        <source>ports</source>
        <translation>порты</translation>
    </message>
    <message>
        <source>open ports</source>
        <translation>открытые порты</translation>
    </message>
    <message>
        <source>connect latency (ms)</source>
        <translation>задержка подключения (мс)</translation>
    </message>
    <message>
        <source>other ports</source>
        <translation>другие порты</translation>
    </message>
    <message>
        <source>Plots are saved as .png or .pdf, not &quot;%1&quot;.</source>
        <translation>Графики сохраняются в формате .png или .pdf, а не &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>%1 cannot be written.</source>
        <translation>Не удается записать %1.</translation>
    </message>
    <message>
        <source>Save Plot as PNG or PDF…</source>
        <translation>Сохранить график в формате PNG или PDF…</translation>
    </message>
    <message>
        <source>Save plot</source>
        <translation>Сохранить график</translation>
    </message>
    <message>
        <source>PNG image (*.png);;PDF document (*.pdf)</source>
        <translation>Изображение PNG (*.png);;Документ PDF (*.pdf)</translation>
    </message>
    <message>
        <source>No port has changed state yet.</source>
        <translation>Ни один порт пока не изменил состояние.</translation>
    </message>
    <message>
        <source>Changes between runs</source>
        <translation>Изменения между запусками</translation>
    </message>
    <message>
        <source>%1  %2: %3 → %4</source>
        <translation>%1  %2: %3 → %4</translation>
    </message>
</context>
<context>
    <name>ProbeEngine</name>
    <message>
        <source>no address for the name</source>
        <translation>для имени нет адреса</translation>
    </message>
</context>
<context>
    <name>ProbeEvidenceReader</name>
    <message>
        <source>not a time: %1 (expected ISO 8601, e.g. 2024-05-01T10:31:02.000Z)</source>
        <translation>не является временем: %1 (ожидается ISO 8601, например 2024-05-01T10:31:02.000Z)</translation>
    </message>
    <message>
        <source>expected a zone id or null</source>
        <translation>ожидается идентификатор зоны или null</translation>
    </message>
    <message>
        <source>unknown origin %1 (known: probe, nmap)</source>
        <translation>неизвестный источник данных %1 (известные: probe, nmap)</translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation>не может быть пустым</translation>
    </message>
    <message>
        <source>unknown protocol %1 (known: tcp, udp)</source>
        <translation>неизвестный протокол %1 (известные: tcp, udp)</translation>
    </message>
    <message>
        <source>not a port number (1 to 65535)</source>
        <translation>не является номером порта (от 1 до 65535)</translation>
    </message>
    <message>
        <source>unknown state %1 (known: %2)</source>
        <translation>неизвестное состояние %1 (известные: %2)</translation>
    </message>
    <message>
        <source>expected a number of milliseconds (0 or more) or null</source>
        <translation>ожидается число миллисекунд (0 или больше) или null</translation>
    </message>
    <message>
        <source>expected an object or null</source>
        <translation>ожидается объект или null</translation>
    </message>
    <message>
        <source>expected an array</source>
        <translation>ожидается массив</translation>
    </message>
    <message>
        <source>not a row number</source>
        <translation>не является номером строки</translation>
    </message>
    <message>
        <source>expected a zone id</source>
        <translation>ожидается идентификатор зоны</translation>
    </message>
    <message>
        <source>not a probe results file: the top level is not a JSON object</source>
        <translation>это не файл результатов проверки: верхний уровень не является объектом JSON</translation>
    </message>
    <message>
        <source>required key is missing; is this a results file of portolan-cli probe?</source>
        <translation>отсутствует обязательный ключ; является ли файл файлом результатов portolan-cli probe?</translation>
    </message>
    <message>
        <source>expected an object</source>
        <translation>ожидается объект</translation>
    </message>
    <message>
        <source>results[%1]: server %2 is not in this deployment — the results file belongs to another deployment</source>
        <translation>results[%1]: сервер %2 отсутствует в этом развертывании — файл результатов относится к другому развертыванию</translation>
    </message>
    <message>
        <source>results[%1]: server %2 has the host %3 in this deployment, not %4 — the results file belongs to another deployment</source>
        <translation>results[%1]: у сервера %2 в этом развертывании узел %3, а не %4 — файл результатов относится к другому развертыванию</translation>
    </message>
</context>
<context>
    <name>ProbeObservations</name>
    <message>
        <source>%1 ms</source>
        <translation>%1 мс</translation>
    </message>
    <message>
        <source>nmap from %1</source>
        <translation>nmap из %1</translation>
    </message>
    <message>
        <source>from %1</source>
        <translation>из %1</translation>
    </message>
    <message>
        <source>Not verified: this rule is checked only by a probe from %1.</source>
        <translation>Не проверено: это правило проверяется только зондированием из %1.</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more ports</source>
        <translation>
            <numerusform>… и ещё %n порт</numerusform>
            <numerusform>… и ещё %n порта</numerusform>
            <numerusform>… и ещё %n портов</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProbeResultsCsvWriter</name>
    <message>
        <source>cannot write the probe results: the output is not open for writing</source>
        <translation>не удается записать результаты проверки: вывод не открыт для записи</translation>
    </message>
    <message>
        <source>cannot write: %1</source>
        <translation>не удается выполнить запись: %1</translation>
    </message>
</context>
<context>
    <name>ProbeResultsJsonWriter</name>
    <message>
        <source>cannot write the probe results: the output is not open for writing</source>
        <translation>не удается записать результаты проверки: вывод не открыт для записи</translation>
    </message>
    <message>
        <source>cannot write: %1</source>
        <translation>не удается выполнить запись: %1</translation>
    </message>
</context>
<context>
    <name>ProbeState</name>
    <message>
        <source>open</source>
        <translation>открыт</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>закрыт</translation>
    </message>
    <message>
        <source>filtered</source>
        <translation>фильтруется</translation>
    </message>
    <message>
        <source>open|filtered</source>
        <translation>открыт|фильтруется</translation>
    </message>
    <message>
        <source>unreachable</source>
        <translation>недоступен</translation>
    </message>
    <message>
        <source>unresolved</source>
        <translation>имя не разрешено</translation>
    </message>
    <message>
        <source>error</source>
        <translation>ошибка</translation>
    </message>
    <message>
        <source>the connection was accepted, or the UDP service answered</source>
        <translation>подключение принято или UDP-служба ответила</translation>
    </message>
    <message>
        <source>refused: nothing listens on the port</source>
        <translation>отклонено: порт никто не прослушивает</translation>
    </message>
    <message>
        <source>no answer before the timeout: a firewall drops it</source>
        <translation>нет ответа до истечения времени ожидания: брандмауэр отбрасывает пакеты</translation>
    </message>
    <message>
        <source>UDP without an answer or an error: open or dropped</source>
        <translation>UDP без ответа и без ошибки: открыт или пакеты отбрасываются</translation>
    </message>
    <message>
        <source>the host or its network cannot be reached</source>
        <translation>узел или его сеть недоступны</translation>
    </message>
    <message>
        <source>the server&apos;s name did not resolve</source>
        <translation>имя сервера не разрешилось</translation>
    </message>
    <message>
        <source>the probe failed for another reason</source>
        <translation>проверка не удалась по другой причине</translation>
    </message>
</context>
<context>
    <name>ProbeStatus</name>
    <message>
        <source>Probing %v of %m ports</source>
        <translation>Проверено %v из %m портов</translation>
    </message>
    <message numerus="yes">
        <source>Probing %n ports…</source>
        <translation>
            <numerusform>Проверка %n порта…</numerusform>
            <numerusform>Проверка %n портов…</numerusform>
            <numerusform>Проверка %n портов…</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 мс</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 с</translation>
    </message>
    <message numerus="yes">
        <source>Probe cancelled after %n ports in %1: %2</source>
        <translation>
            <numerusform>Проверка отменена после %n порта за %1: %2</numerusform>
            <numerusform>Проверка отменена после %n портов за %1: %2</numerusform>
            <numerusform>Проверка отменена после %n портов за %1: %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Probed %n ports in %1: %2</source>
        <translation>
            <numerusform>Проверен %n порт за %1: %2</numerusform>
            <numerusform>Проверено %n порта за %1: %2</numerusform>
            <numerusform>Проверено %n портов за %1: %2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProbeToolBar</name>
    <message>
        <source>Probe</source>
        <translation>Проверка</translation>
    </message>
    <message>
        <source>&amp;Live Probe</source>
        <translation>&amp;Непрерывная проверка</translation>
    </message>
    <message>
        <source>Probe &amp;Now</source>
        <translation>Проверить &amp;сейчас</translation>
    </message>
    <message>
        <source>&amp;Cancel Probe</source>
        <translation>&amp;Отменить проверку</translation>
    </message>
    <message>
        <source>Probe every required port of the servers with an address, again at each interval and after each edit</source>
        <translation>Проверять каждый нужный порт серверов с адресом — повторно через каждый интервал и после каждого изменения</translation>
    </message>
    <message>
        <source>Nothing to probe: give a server an address (host) in the inspector.</source>
        <translation>Нечего проверять: задайте серверу адрес (хост) в инспекторе.</translation>
    </message>
    <message>
        <source>This machine is in:</source>
        <translation>Этот компьютер находится в:</translation>
    </message>
    <message>
        <source>The zone this machine probes from: a rule counts as verified only when probed from its own source zone</source>
        <translation>Зона, из которой проверяет этот компьютер: правило считается подтверждённым, только если проверено из его собственной исходной зоны</translation>
    </message>
    <message>
        <source>Every:</source>
        <translation>Каждые:</translation>
    </message>
    <message>
        <source> s</source>
        <translation> с</translation>
    </message>
    <message>
        <source>How often live mode probes again</source>
        <translation>Как часто режим реального времени повторяет проверку</translation>
    </message>
</context>
<context>
    <name>ReportActions</name>
    <message>
        <source>Export &amp;Report (PDF)…</source>
        <translation>Экспорт о&amp;тчета (PDF)…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Печать…</translation>
    </message>
    <message>
        <source>Print Pre&amp;view…</source>
        <translation>Пред&amp;варительный просмотр…</translation>
    </message>
    <message>
        <source>Print &amp;Diagram…</source>
        <translation>Печать сх&amp;емы…</translation>
    </message>
    <message>
        <source>report</source>
        <translation>отчет</translation>
    </message>
    <message>
        <source>Export report</source>
        <translation>Экспорт отчета</translation>
    </message>
    <message>
        <source>Cannot export the report</source>
        <translation>Не удается экспортировать отчет</translation>
    </message>
    <message>
        <source>%1 cannot be written:
%2</source>
        <translation>Не удается записать %1:
%2</translation>
    </message>
    <message>
        <source>Exported the report to %1</source>
        <translation>Отчет экспортирован в %1</translation>
    </message>
    <message>
        <source>Print diagram</source>
        <translation>Печать схемы</translation>
    </message>
    <message>
        <source>Print report</source>
        <translation>Печать отчета</translation>
    </message>
    <message>
        <source>Cannot print</source>
        <translation>Не удается выполнить печать</translation>
    </message>
    <message>
        <source>The printer could not be started.</source>
        <translation>Не удалось начать печать на принтере.</translation>
    </message>
    <message>
        <source>Print preview</source>
        <translation>Предварительный просмотр</translation>
    </message>
</context>
<context>
    <name>ReportBuilder</name>
    <message>
        <source>Port report</source>
        <translation>Отчет по портам</translation>
    </message>
    <message>
        <source>Port report: %1</source>
        <translation>Отчет по портам: %1</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Содержание</translation>
    </message>
    <message>
        <source>Topology</source>
        <translation>Топология</translation>
    </message>
    <message>
        <source>Untitled deployment</source>
        <translation>Развертывание без имени</translation>
    </message>
    <message>
        <source>Exchange version</source>
        <translation>Версия Exchange</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Deployment file</source>
        <translation>Файл развертывания</translation>
    </message>
    <message>
        <source>not saved</source>
        <translation>не сохранен</translation>
    </message>
    <message>
        <source>Prepared with</source>
        <translation>Подготовлено с помощью</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Сводка</translation>
    </message>
    <message>
        <source>Zones</source>
        <translation>Зоны</translation>
    </message>
    <message>
        <source>Servers</source>
        <translation>Серверы</translation>
    </message>
    <message>
        <source>none</source>
        <translation>нет</translation>
    </message>
    <message>
        <source>Rules</source>
        <translation>Правила</translation>
    </message>
    <message>
        <source>%1 between zones, %2 inside zones</source>
        <translation>%1 между зонами, %2 внутри зон</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>Предупреждения</translation>
    </message>
    <message>
        <source>Probed ports</source>
        <translation>Проверенные порты</translation>
    </message>
    <message>
        <source>no probe results</source>
        <translation>нет результатов проверки</translation>
    </message>
    <message>
        <source>Firewall rules</source>
        <translation>Правила брандмауэра</translation>
    </message>
    <message>
        <source>One table per pair of zones, in the diagram&apos;s order from left to right: what the firewall between them must allow. → is traffic from the first zone to the second, ← from the second to the first; ″ repeats the servers of the row above. Then the flows inside each zone, for host firewalls.</source>
        <translation>По одной таблице на каждую пару зон в порядке схемы слева направо: что должен разрешать брандмауэр между ними. → обозначает трафик из первой зоны во вторую, ← — из второй в первую; ″ повторяет серверы из строки выше. Далее следуют потоки трафика внутри каждой зоны — для брандмауэров на самих серверах.</translation>
    </message>
    <message>
        <source>Dir.</source>
        <translation>Напр.</translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation>Протокол</translation>
    </message>
    <message>
        <source>Ports</source>
        <translation>Порты</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Служба</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Источники</translation>
    </message>
    <message>
        <source>Destinations</source>
        <translation>Назначения</translation>
    </message>
    <message>
        <source>Encryption</source>
        <translation>Шифрование</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Цель</translation>
    </message>
    <message>
        <source>%1 (see %2)</source>
        <translation>%1 (см. %2)</translation>
    </message>
    <message>
        <source>Inside %1</source>
        <translation>Внутри зоны %1</translation>
    </message>
    <message>
        <source>The deployment needs no flows.</source>
        <translation>Для этого развертывания не требуется сетевой трафик.</translation>
    </message>
    <message>
        <source>Microsoft supports this layout as drawn: no warnings.</source>
        <translation>Microsoft поддерживает эту схему в представленном виде: предупреждений нет.</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Уровень</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Сообщение</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Ошибка</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Пре­ду­пре­жде­ние</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Примечание</translation>
    </message>
    <message>
        <source>What each server listens on and from which zones: what a host firewall on that server must allow. Servers of one zone and roles that must allow the same are listed together.</source>
        <translation>Какие входящие подключения принимает каждый сервер и из каких зон: что должен разрешать брандмауэр на самом сервере. Серверы одной зоны с одинаковыми ролями, которым нужно разрешить одно и то же, перечислены вместе.</translation>
    </message>
    <message>
        <source>From zones</source>
        <translation>Из зон</translation>
    </message>
    <message>
        <source>Initiated by</source>
        <translation>Инициатор</translation>
    </message>
    <message>
        <source>Addresses: %1</source>
        <translation>Адреса: %1</translation>
    </message>
    <message>
        <source>Listens on nothing another machine needs.</source>
        <translation>Не принимает входящих подключений, нужных другим компьютерам.</translation>
    </message>
    <message>
        <source>expires %1</source>
        <translation>действителен до %1</translation>
    </message>
    <message>
        <source>self-signed</source>
        <translation>самозаверяющий</translation>
    </message>
    <message>
        <source>untrusted</source>
        <translation>недоверенный</translation>
    </message>
    <message>
        <source>TLS failed: %1</source>
        <translation>ошибка TLS: %1</translation>
    </message>
    <message>
        <source>STARTTLS offered</source>
        <translation>предлагается STARTTLS</translation>
    </message>
    <message>
        <source>Probe evidence</source>
        <translation>Результаты проверки</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Правило</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Сервер</translation>
    </message>
    <message>
        <source>Observed</source>
        <translation>Наблюдение</translation>
    </message>
    <message>
        <source>Latency</source>
        <translation>За­держ­ка</translation>
    </message>
    <message>
        <source>TLS / banner</source>
        <translation>TLS / баннер</translation>
    </message>
    <message>
        <source>Seen from</source>
        <translation>Откуда</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Время</translation>
    </message>
    <message>
        <source>not verified: the rule starts in %1</source>
        <translation>не подтверждено: исходная зона правила — %1</translation>
    </message>
    <message>
        <source>never verified</source>
        <translation>ни разу не подтверждено</translation>
    </message>
    <message>
        <source>Appendix</source>
        <translation>Приложение</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Ис­точ­ник</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Название</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Ссылка</translation>
    </message>
    <message>
        <source>No rule cites a source.</source>
        <translation>Ни одно правило не ссылается на источники.</translation>
    </message>
    <message>
        <source>Services in the firewall tables</source>
        <translation>Службы в таблицах брандмауэра</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>№</translation>
    </message>
    <message>
        <source>Registry values for static RPC ports</source>
        <translation>Параметры реестра для статических портов RPC</translation>
    </message>
    <message>
        <source>The deployment pins Outlook&apos;s RPC ports. Set these values on the servers named, then restart the services; the firewall then needs TCP 135 and these ports instead of the dynamic range.</source>
        <translation>В этом развертывании порты RPC для Outlook заданы статически. Задайте эти значения на указанных серверах и перезапустите службы; после этого брандмауэру вместо динамического диапазона нужны только TCP 135 и эти порты.</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Раздел</translation>
    </message>
    <message>
        <source>Value name</source>
        <translation>Имя параметра</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Тип</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Дан­ные</translation>
    </message>
    <message>
        <source>Applies to</source>
        <translation>Применяется к</translation>
    </message>
    <message>
        <source>errors: %1, warnings: %2, notes: %3</source>
        <translation>ошибок: %1, предупреждений: %2, примечаний: %3</translation>
    </message>
    <message>
        <source>unknown zone</source>
        <translation>неизвестная зона</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>неизвестно</translation>
    </message>
    <message>
        <source>Results of an nmap report (probed from: %1; started: %2).</source>
        <translation>Результаты отчета nmap (зона проверки: %1; начало: %2).</translation>
    </message>
    <message>
        <source>Results of Portolan&apos;s probe (probed from: %1; started: %2).</source>
        <translation>Результаты проверки Portolan (зона проверки: %1; начало: %2).</translation>
    </message>
    <message>
        <source>A rule is verified only when its port was probed from the rule&apos;s own source zone; other observations are shown, marked as not verified.</source>
        <translation>Правило считается подтвержденным, только если его порт проверен из исходной зоны правила; остальные наблюдения показаны с пометкой «не подтверждено».</translation>
    </message>
    <message>
        <source>Restart the %1 service.</source>
        <translation>Перезапустите службу %1.</translation>
    </message>
    <message>
        <source>The sources name no service to restart.</source>
        <translation>Источники не называют службу, которую нужно перезапустить.</translation>
    </message>
    <message>
        <source>Rules per firewall</source>
        <translation>Правила по межсетевым экранам</translation>
    </message>
    <message>
        <source>What each firewall must allow, by the interface the traffic comes in on and the one it leaves by. A rule that crosses two firewalls is listed on both.</source>
        <translation>Что должен разрешать каждый межсетевой экран, по интерфейсу, через который трафик входит, и интерфейсу, через который выходит. Правило, проходящее через два экрана, указано у обоих.</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Откуда</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Куда</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>interface (zone)</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Interfaces: %1</source>
        <translation>Интерфейсы: %1</translation>
    </message>
    <message>
        <source>No rule crosses this firewall.</source>
        <translation>Ни одно правило не проходит через этот межсетевой экран.</translation>
    </message>
    <message>
        <source>In on %1 (%2), out on %3 (%4)</source>
        <translation>Вход через %1 (%2), выход через %3 (%4)</translation>
    </message>
    <message>
        <source>Rules no firewall carries</source>
        <translation>Правила, которые не пропускает ни один экран</translation>
    </message>
    <message>
        <source>%1 → %2 (rules: %3)</source>
        <translation>%1 → %2 (правил: %3)</translation>
    </message>
    <message>
        <source>No chain of firewalls joins these zones, so no firewall can let their rules through: %1. Give a firewall an interface facing each zone.</source>
        <translation>Никакая цепочка межсетевых экранов не соединяет эти зоны, поэтому ни один экран не может пропустить их правила: %1. Дайте межсетевому экрану интерфейс в каждую из зон.</translation>
    </message>
</context>
<context>
    <name>ReportPager</name>
    <message>
        <source>Page %1 of %2</source>
        <translation>Страница %1 из %2</translation>
    </message>
</context>
<context>
    <name>ReportWriter</name>
    <message>
        <source>cannot draw the report&apos;s pages</source>
        <translation>не удается отрисовать страницы отчета</translation>
    </message>
    <message>
        <source>cannot write the report: the output is not open for writing</source>
        <translation>не удается записать отчет: вывод не открыт для записи</translation>
    </message>
    <message>
        <source>cannot write the report: %1</source>
        <translation>не удается записать отчет: %1</translation>
    </message>
    <message>
        <source>cannot write the report: the PDF has no information dictionary to add the author to</source>
        <translation>не удается записать отчет: в PDF нет словаря сведений, куда можно добавить автора</translation>
    </message>
</context>
<context>
    <name>RpcRangeEditor</name>
    <message>
        <source>Deployment default</source>
        <translation>По умолчанию для развёртывания</translation>
    </message>
    <message>
        <source>Windows Server 2003 and earlier (%1)</source>
        <translation>Windows Server 2003 и более ранние (%1)</translation>
    </message>
    <message>
        <source>Windows Server 2008 and later (%1)</source>
        <translation>Windows Server 2008 и более поздние (%1)</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>Особый</translation>
    </message>
    <message>
        <source>The deployment&apos;s dynamic RPC range (Options), else the Windows default of the server&apos;s version</source>
        <translation>Динамический диапазон RPC развёртывания (Параметры), иначе стандартный диапазон Windows для версии сервера</translation>
    </message>
    <message>
        <source>First port</source>
        <translation>Первый порт</translation>
    </message>
    <message>
        <source>Last port</source>
        <translation>Последний порт</translation>
    </message>
</context>
<context>
    <name>RuleInspector</name>
    <message>
        <source>Firewall rule</source>
        <translation>Правило брандмауэра</translation>
    </message>
    <message>
        <source>%1 firewall rules</source>
        <translation>Правил брандмауэра: %1</translation>
    </message>
    <message>
        <source>From:</source>
        <translation>Откуда:</translation>
    </message>
    <message>
        <source>To:</source>
        <translation>Куда:</translation>
    </message>
    <message>
        <source>Purpose:</source>
        <translation>Цель:</translation>
    </message>
    <message>
        <source>Encryption:</source>
        <translation>Шифрование:</translation>
    </message>
    <message>
        <source>If blocked:</source>
        <translation>При блокировке:</translation>
    </message>
    <message>
        <source>Confidence:</source>
        <translation>Достоверность:</translation>
    </message>
    <message>
        <source>Confirmed by the sources</source>
        <translation>Подтверждено источниками</translation>
    </message>
    <message>
        <source>Unconfirmed: the sources do not settle it</source>
        <translation>Не подтверждено: источники не дают однозначного ответа</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>Примечание:</translation>
    </message>
    <message>
        <source>Sources:</source>
        <translation>Источники:</translation>
    </message>
</context>
<context>
    <name>ScanJsonWriter</name>
    <message>
        <source>cannot write the scan results: the output is not open for writing</source>
        <translation>не удается записать результаты сканирования: вывод не открыт для записи</translation>
    </message>
    <message>
        <source>cannot write: %1</source>
        <translation>не удается выполнить запись: %1</translation>
    </message>
</context>
<context>
    <name>ServerCardItem</name>
    <message>
        <source>  certificate %1, valid until %2</source>
        <translation>  сертификат %1, действителен до %2</translation>
    </message>
</context>
<context>
    <name>ServerInspector</name>
    <message>
        <source>Port</source>
        <translation>Порт</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Служба</translation>
    </message>
    <message>
        <source>From zones</source>
        <translation>Из зон</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Куда</translation>
    </message>
    <message>
        <source>Address or DNS name</source>
        <translation>Адрес или DNS-имя</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Имя:</translation>
    </message>
    <message>
        <source>Host:</source>
        <translation>Узел:</translation>
    </message>
    <message>
        <source>Version:</source>
        <translation>Версия:</translation>
    </message>
    <message>
        <source>Zone:</source>
        <translation>Зона:</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Роли</translation>
    </message>
    <message>
        <source>Listens on</source>
        <translation>Входящие подключения</translation>
    </message>
    <message>
        <source>Connects to</source>
        <translation>Исходящие подключения</translation>
    </message>
    <message>
        <source>Default: %1</source>
        <translation>По умолчанию: %1</translation>
    </message>
    <message>
        <source>Select a flow to read why it exists and where that comes from.</source>
        <translation>Выберите поток трафика, чтобы узнать, зачем он нужен и откуда взяты эти сведения.</translation>
    </message>
    <message>
        <source>Sources: %1</source>
        <translation>Источники: %1</translation>
    </message>
    <message>
        <source>Carries hybrid mail flow</source>
        <translation>Передаёт гибридный почтовый поток</translation>
    </message>
    <message>
        <source>Chosen in the Hybrid Configuration Wizard to send and receive the mail between Exchange Online and the organisation. When any server is marked, only the marked ones get the hybrid SMTP rules.</source>
        <translation>Выбран в мастере гибридной конфигурации для отправки и приёма почты между Exchange Online и организацией. Если отмечен хотя бы один сервер, гибридные правила SMTP получают только отмеченные серверы.</translation>
    </message>
    <message>
        <source>The dynamic RPC ports this server accepts; it overrides the deployment&apos;s range.</source>
        <translation>Динамические порты RPC, которые принимает этот сервер; они заменяют диапазон развёртывания.</translation>
    </message>
    <message>
        <source>Dynamic RPC range:</source>
        <translation>Динамический диапазон RPC:</translation>
    </message>
    <message>
        <source>Holds a public folder database</source>
        <translation>Содержит базу данных общих папок</translation>
    </message>
    <message>
        <source>Exchange 2010: Outlook opens public folders directly on this Mailbox server. When any server is marked, only the marked ones get Outlook&apos;s RPC rules for public folders.</source>
        <translation>Exchange 2010: Outlook открывает общие папки напрямую на этом сервере почтовых ящиков. Если отмечен хотя бы один сервер, правила RPC Outlook для общих папок получают только отмеченные.</translation>
    </message>
    <message>
        <source>The lesson asks for these ports.</source>
        <translation>Эти порты спрашивает урок.</translation>
    </message>
</context>
<context>
    <name>ServerSettings</name>
    <message>
        <source>Static RPC ports are off: the servers keep the dynamic RPC range, so there is no registry value to set.</source>
        <translation>Статические порты RPC выключены: серверы используют динамический диапазон RPC, поэтому задавать значения реестра не нужно.</translation>
    </message>
    <message>
        <source>%1 needs no registry value for static RPC ports; the values are for %2.</source>
        <translation>Серверу %1 не нужны значения реестра для статических портов RPC; они нужны для %2.</translation>
    </message>
    <message>
        <source>Static RPC ports are on, but Portolan sets them for Exchange 2010 only. The plan opens the dynamic RPC range to %1, so the values that would pin their ports (%2) are not set: a port the firewall does not open would cut Outlook off.</source>
        <translation>Статические порты RPC включены, но Portolan задаёт их только для Exchange 2010. План открывает к %1 динамический диапазон RPC, поэтому значения, которые закрепили бы их порты (%2), не задаются: порт, который брандмауэр не открывает, отрезал бы Outlook.</translation>
    </message>
    <message>
        <source>Static RPC ports are on, but no server here listens on them: they belong to Exchange 2010 Client Access servers and to the Mailbox servers that hold public folders.</source>
        <translation>Статические порты RPC включены, но здесь их не прослушивает ни один сервер: они относятся к серверам клиентского доступа Exchange 2010 и к серверам почтовых ящиков с общедоступными папками.</translation>
    </message>
</context>
<context>
    <name>ServerSettingsRegWriter</name>
    <message>
        <source>Nothing to set: %1</source>
        <translation>Задавать нечего: %1</translation>
    </message>
    <message>
        <source>A .reg file holds the values of one server, and %1 servers need values (%2): choose one.</source>
        <translation>Файл .reg содержит значения одного сервера, а значения нужны серверам (%1: %2): выберите один.</translation>
    </message>
</context>
<context>
    <name>ServerSettingsScriptWriter</name>
    <message>
        <source>Nothing to set: %1</source>
        <translation>Задавать нечего: %1</translation>
    </message>
</context>
<context>
    <name>ServerSettingsSection</name>
    <message>
        <source>Copy as .reg</source>
        <translation>Копировать как .reg</translation>
    </message>
    <message>
        <source>Copy as PowerShell</source>
        <translation>Копировать как PowerShell</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Раздел</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Параметр</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Значение</translation>
    </message>
    <message>
        <source>Restart</source>
        <translation>Перезапуск</translation>
    </message>
    <message>
        <source>Copies the values as a Registry Editor file (.reg) for this server.</source>
        <translation>Копирует значения как файл редактора реестра (.reg) для этого сервера.</translation>
    </message>
    <message>
        <source>Copies a PowerShell script that sets the values and restarts the services; it is safe to run again.</source>
        <translation>Копирует сценарий PowerShell, который задаёт значения и перезапускает службы; его можно безопасно запускать повторно.</translation>
    </message>
    <message>
        <source>Server settings</source>
        <translation>Настройки сервера</translation>
    </message>
    <message>
        <source>unconfirmed</source>
        <translation>не подтверждено</translation>
    </message>
    <message>
        <source>Sources: %1</source>
        <translation>Источники: %1</translation>
    </message>
    <message>
        <source>Nothing to set. %1</source>
        <translation>Задавать нечего. %1</translation>
    </message>
</context>
<context>
    <name>ServiceCheck</name>
    <message>
        <source>TLS is not available on this system</source>
        <translation>TLS недоступен в этой системе</translation>
    </message>
    <message>
        <source>aborted</source>
        <translation>прервано</translation>
    </message>
    <message>
        <source>no connection within %1 ms</source>
        <translation>нет подключения в течение %1 мс</translation>
    </message>
    <message>
        <source>no TLS handshake within %1 ms</source>
        <translation>нет рукопожатия TLS в течение %1 мс</translation>
    </message>
    <message>
        <source>TLS handshake failed: %1</source>
        <translation>ошибка рукопожатия TLS: %1</translation>
    </message>
    <message>
        <source>STARTTLS refused: %1</source>
        <translation>отказ в STARTTLS: %1</translation>
    </message>
</context>
<context>
    <name>ServiceCheckAttempt</name>
    <message>
        <source>the service check timed out</source>
        <translation>истекло время проверки службы</translation>
    </message>
</context>
<context>
    <name>ServiceConversation</name>
    <message>
        <source>not an SMTP greeting</source>
        <translation>это не приветствие SMTP</translation>
    </message>
    <message>
        <source>the SMTP server refused the session (%1)</source>
        <translation>SMTP-сервер отклонил сеанс (%1)</translation>
    </message>
    <message>
        <source>not an SMTP reply to EHLO</source>
        <translation>это не ответ SMTP на EHLO</translation>
    </message>
    <message>
        <source>the IMAP4 server refused the session</source>
        <translation>IMAP4-сервер отклонил сеанс</translation>
    </message>
    <message>
        <source>not an IMAP4 greeting</source>
        <translation>это не приветствие IMAP4</translation>
    </message>
    <message>
        <source>the POP3 server refused the session</source>
        <translation>POP3-сервер отклонил сеанс</translation>
    </message>
    <message>
        <source>not a POP3 greeting</source>
        <translation>это не приветствие POP3</translation>
    </message>
    <message>
        <source>not an NNTP greeting</source>
        <translation>это не приветствие NNTP</translation>
    </message>
    <message>
        <source>the NNTP server refused the session (%1)</source>
        <translation>NNTP-сервер отклонил сеанс (%1)</translation>
    </message>
    <message>
        <source>not an HTTP response</source>
        <translation>это не ответ HTTP</translation>
    </message>
    <message>
        <source>no HTTP response within %1 ms</source>
        <translation>нет ответа HTTP в течение %1 мс</translation>
    </message>
    <message>
        <source>no greeting within %1 ms</source>
        <translation>нет приветствия в течение %1 мс</translation>
    </message>
    <message>
        <source>greeting incomplete after %1 ms</source>
        <translation>приветствие не получено полностью за %1 мс</translation>
    </message>
    <message>
        <source>no answer to %1 within %2 ms</source>
        <translation>нет ответа на %1 в течение %2 мс</translation>
    </message>
    <message>
        <source>connection closed before the HTTP response</source>
        <translation>подключение закрыто до ответа HTTP</translation>
    </message>
    <message>
        <source>connection closed before the greeting</source>
        <translation>подключение закрыто до приветствия</translation>
    </message>
    <message>
        <source>connection closed during the capability query</source>
        <translation>подключение закрыто во время запроса возможностей</translation>
    </message>
    <message>
        <source>connection closed during STARTTLS</source>
        <translation>подключение закрыто во время STARTTLS</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Сочетания клавиш</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Действие</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>Сочетание клавиш</translation>
    </message>
    <message>
        <source>Elsewhere</source>
        <translation>В других местах</translation>
    </message>
</context>
<context>
    <name>SymbolLegend</name>
    <message>
        <source>Flow families (arrow colours)</source>
        <translation>Семейства трафика (цвета стрелок)</translation>
    </message>
    <message>
        <source>%1: one arrow for all flows between two lanes, on a crowded diagram</source>
        <translation>%1: одна стрелка для всего трафика между двумя дорожками на перегруженной схеме</translation>
    </message>
    <message>
        <source>Arrows</source>
        <translation>Стрелки</translation>
    </message>
    <message>
        <source>A flow: from the server that connects to the one that listens</source>
        <translation>Трафик: от сервера, который подключается, к серверу, который слушает</translation>
    </message>
    <message>
        <source>Thicker: bundled, the flows of all servers of a lane</source>
        <translation>Толще: объединенный трафик всех серверов дорожки</translation>
    </message>
    <message>
        <source>Bus bar beside a lane&apos;s cards, where bundled arrows end</source>
        <translation>Шина рядом с карточками дорожки, где заканчиваются объединенные стрелки</translation>
    </message>
    <message>
        <source>Firewall chips (ports to open)</source>
        <translation>Метки брандмауэра (порты, которые нужно открыть)</translation>
    </message>
    <message>
        <source>From the left lane to the right one</source>
        <translation>Из левой дорожки в правую</translation>
    </message>
    <message>
        <source>From the right lane to the left one</source>
        <translation>Из правой дорожки в левую</translation>
    </message>
    <message>
        <source>New with the last change</source>
        <translation>Появилась с последним изменением</translation>
    </message>
    <message>
        <source>Outline: the worst probe state of its rules</source>
        <translation>Рамка: худшее состояние проверки ее правил</translation>
    </message>
    <message>
        <source>Port dots on server cards</source>
        <translation>Точки портов на карточках серверов</translation>
    </message>
    <message>
        <source>Not probed yet</source>
        <translation>Еще не проверено</translation>
    </message>
    <message>
        <source>Filled: probed and verified from this vantage</source>
        <translation>Закрашена: проверено и подтверждено из этой точки</translation>
    </message>
    <message>
        <source>Hollow: probed from a zone its rules do not come from, so not verified from here</source>
        <translation>Полая: проверено из зоны, из которой не исходят его правила, поэтому отсюда не подтверждено</translation>
    </message>
    <message>
        <source>Probe states (dots, chip outlines)</source>
        <translation>Состояния проверки (точки, рамки меток)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Firewalls the deployment lists</source>
        <translation>Брандмауэры, перечисленные в развёртывании</translation>
    </message>
    <message>
        <source>A firewall above the lanes: one leg to each zone it joins, labelled with the interface facing it, or filled &quot;this host&quot; where that zone&apos;s servers run on the firewall itself; the bars between lanes name the firewalls spanning them</source>
        <translation>Брандмауэр над дорожками: по одной линии к каждой соединяемой им зоне, подписанной именем обращённого к ней интерфейса, или закрашенной меткой &quot;этот хост&quot;, где серверы этой зоны работают на самом брандмауэре; полосы между дорожками называют перекрывающие их брандмауэры</translation>
    </message>
</context>
<context>
    <name>TemplateChooser</name>
    <message>
        <source>New from Template</source>
        <translation>Создать из шаблона</translation>
    </message>
    <message>
        <source>C&amp;reate</source>
        <translation>&amp;Создать</translation>
    </message>
</context>
<context>
    <name>Templates</name>
    <message>
        <source>Exchange 2003 front-end in the DMZ, back-ends on the LAN</source>
        <translation>Exchange 2003: внешний сервер в DMZ, внутренние серверы в LAN</translation>
    </message>
    <message>
        <source>Microsoft&apos;s Exchange 2003 perimeter layout: a front-end server in the DMZ proxies OWA, POP3, IMAP4, SMTP and RPC over HTTP to two back-end servers; the firewall opens HTTP 80 (not SSL), the mail protocols and 691 inward, plus the Active Directory ports to the domain controller, and Direct Push UDP 2883 outward.</source>
        <translation>Схема Microsoft для периметра Exchange 2003: внешний сервер в DMZ проксирует OWA, POP3, IMAP4, SMTP и RPC через HTTP на два внутренних сервера; брандмауэр открывает внутрь HTTP 80 (не SSL), почтовые протоколы и 691, а также порты Active Directory к контроллеру домена, и наружу Direct Push UDP 2883.</translation>
    </message>
    <message>
        <source>Exchange 2010 CAS array with static RPC ports</source>
        <translation>Exchange 2010: массив CAS со статическими портами RPC</translation>
    </message>
    <message>
        <source>Exchange 2010 servers behind an internal firewall that separates the Outlook clients&apos; network from the server network. The CAS array uses static ports 59532 (RPC Client Access) and 59533 (Address Book), so the firewall opens TCP 135, 59532 and 59533 instead of a dynamic range.</source>
        <translation>Серверы Exchange 2010 за внутренним брандмауэром, который отделяет сеть клиентов Outlook от сети серверов. Массив CAS использует статические порты 59532 (клиентский доступ RPC) и 59533 (адресная книга), поэтому брандмауэр открывает TCP 135, 59532 и 59533 вместо динамического диапазона.</translation>
    </message>
    <message>
        <source>Exchange 2016 published through a reverse proxy</source>
        <translation>Exchange 2016, опубликованный через обратный прокси</translation>
    </message>
    <message>
        <source>Two Exchange 2016 Mailbox servers on the LAN; a reverse proxy in the DMZ publishes Outlook on the web, ActiveSync, EWS, Autodiscover and Outlook Anywhere. Internet mail goes to the Mailbox servers on TCP 25.</source>
        <translation>Два сервера почтовых ящиков Exchange 2016 в LAN; обратный прокси в DMZ публикует Outlook в Интернете, ActiveSync, EWS, автообнаружение и Outlook Anywhere. Почта из Интернета идёт на серверы почтовых ящиков по TCP 25.</translation>
    </message>
    <message>
        <source>Exchange 2019 with an Edge Transport server in the DMZ</source>
        <translation>Exchange 2019 с пограничным транспортным сервером в DMZ</translation>
    </message>
    <message>
        <source>The default layout: two Exchange 2019 Mailbox servers and a domain controller on the LAN, a subscribed Edge Transport server in the perimeter network. Internet mail reaches the Edge, which relays it inside on TCP 25; EdgeSync pushes recipients to the Edge on TCP 50636.</source>
        <translation>Схема по умолчанию: два сервера почтовых ящиков Exchange 2019 и контроллер домена в LAN, подписанный пограничный транспортный сервер в сети периметра. Почта из Интернета приходит на пограничный сервер, который передаёт её внутрь по TCP 25; EdgeSync передаёт получателей на пограничный сервер по TCP 50636.</translation>
    </message>
    <message>
        <source>Empty Exchange 2019 deployment</source>
        <translation>Пустое развёртывание Exchange 2019</translation>
    </message>
    <message>
        <source>Internet, DMZ and LAN with no servers yet: the starting point for drawing your own layout. Drag roles from the palette into the zones and the port matrix fills in as you go.</source>
        <translation>Интернет, DMZ и LAN пока без серверов: отправная точка для собственной схемы. Перетаскивайте роли из палитры в зоны, и матрица портов заполняется по ходу.</translation>
    </message>
    <message>
        <source>Exchange 2019 hybrid with Exchange Online</source>
        <translation>Гибридное развёртывание Exchange 2019 с Exchange Online</translation>
    </message>
    <message>
        <source>An Exchange 2019 Mailbox server in a hybrid deployment: Exchange Online sends and receives hybrid mail on TCP 25 and calls EWS/Autodiscover on TCP 443 for free/busy, MailTips and mailbox moves.</source>
        <translation>Сервер почтовых ящиков Exchange 2019 в гибридном развёртывании: Exchange Online отправляет и получает гибридную почту по TCP 25 и обращается к EWS/автообнаружению по TCP 443 для сведений о занятости, подсказок и перемещения почтовых ящиков.</translation>
    </message>
    <message>
        <source>Exchange 2003 behind an SMTP relay in the DMZ</source>
        <translation>Exchange 2003 за SMTP-ретранслятором в DMZ</translation>
    </message>
    <message>
        <source>The large-network layout of the article “Exchange Network Ports Reference” (leally.ru): a non-Exchange SMTP relay (sendmail, Postfix) in the DMZ receives Internet mail and passes it to Exchange 2003 on the LAN; Exchange sends outbound mail through the relay.</source>
        <translation>Схема для крупных сетей из статьи «Справочник по сетевым портам Exchange» (leally.ru): SMTP-ретранслятор не на Exchange (sendmail, Postfix) в DMZ принимает почту из Интернета и передаёт её Exchange 2003 в LAN; исходящую почту Exchange отправляет через ретранслятор.</translation>
    </message>
    <message>
        <source>Exchange 2003 on the firewall host</source>
        <translation>Exchange 2003 на узле брандмауэра</translation>
    </message>
    <message>
        <source>The small-organisation layout of the article “Exchange Network Ports Reference” (leally.ru): Exchange 2003 runs on the firewall/proxy host itself, and only the Internet-facing interface is filtered: SMTP 25 and OWA over HTTPS 443 in, SMTP 25 out. The domain controller and the clients stay on the LAN.</source>
        <translation>Схема для небольшой организации из статьи «Справочник по сетевым портам Exchange» (leally.ru): Exchange 2003 работает на самом узле брандмауэра/прокси, и фильтруется только интерфейс, обращённый к Интернету: внутрь SMTP 25 и OWA по HTTPS 443, наружу SMTP 25. Контроллер домена и клиенты остаются в LAN.</translation>
    </message>
    <message>
        <source>Exchange 2003 on the LAN, published through a proxy</source>
        <translation>Exchange 2003 в LAN, опубликованный через прокси</translation>
    </message>
    <message>
        <source>The most common layout of the article “Exchange Network Ports Reference” (leally.ru): Exchange 2003 sits on the LAN and a proxy server (ISA Server or port mapping) in the DMZ publishes OWA; SMTP 25 is mapped through to the mail server.</source>
        <translation>Самая распространённая схема из статьи «Справочник по сетевым портам Exchange» (leally.ru): Exchange 2003 находится в LAN, а прокси-сервер (ISA Server или проброс портов) в DMZ публикует OWA; SMTP 25 пробрасывается на почтовый сервер.</translation>
    </message>
</context>
<context>
    <name>TopologyScene</name>
    <message>
        <source>Unknown role &quot;%1&quot;.</source>
        <translation>Неизвестная роль &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Drop %1 into a zone.</source>
        <translation>Перетащите %1 в зону.</translation>
    </message>
    <message>
        <source>%1 has no %2 role.</source>
        <translation>В %1 нет роли %2.</translation>
    </message>
    <message numerus="yes">
        <source>Move %n server(s)</source>
        <translation>
            <numerusform>Переместить %n сервер</numerusform>
            <numerusform>Переместить %n сервера</numerusform>
            <numerusform>Переместить %n серверов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n server(s)</source>
        <translation>
            <numerusform>Удалить %n сервер</numerusform>
            <numerusform>Удалить %n сервера</numerusform>
            <numerusform>Удалить %n серверов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n servers)</source>
        <translation>
            <numerusform>%1 (%n сервер)</numerusform>
            <numerusform>%1 (%n сервера)</numerusform>
            <numerusform>%1 (%n серверов)</numerusform>
        </translation>
    </message>
    <message>
        <source>Stands for:</source>
        <translation>Представляет:</translation>
    </message>
    <message>
        <source>Select a zone for %1 first.</source>
        <translation>Сначала выберите зону для роли %1.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>interface (zone)</comment>
        <translation>Что если: заблокировано — %1, нарушено — %2.</translation>
    </message>
    <message>
        <source>Interfaces: %1</source>
        <translation>Интерфейсы: %1</translation>
    </message>
    <message>
        <source>No rule crosses it.</source>
        <translation>Через него не проходит ни одно правило.</translation>
    </message>
    <message numerus="yes">
        <source>%1 → %2: %n rule(s) (%3)</source>
        <translation>
            <numerusform>%1 → %2: %n правило (%3)</numerusform>
            <numerusform>%1 → %2: %n правила (%3)</numerusform>
            <numerusform>%1 → %2: %n правил (%3)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>UserFile</name>
    <message>
        <source>cannot open %1: %2</source>
        <translation>не удается открыть %1: %2</translation>
    </message>
    <message>
        <source>the file</source>
        <translation>файл</translation>
    </message>
    <message>
        <source>%1 is larger than %2 MB; a deployment file that large is refused</source>
        <translation>%1 больше %2 МБ; файлы развертывания такого размера не принимаются</translation>
    </message>
    <message>
        <source>%1 is larger than %2 MB; a results file that large is refused</source>
        <translation>%1 больше %2 МБ; файлы результатов такого размера не принимаются</translation>
    </message>
    <message>
        <source>%1 is larger than %2 MB; an nmap report that large is refused</source>
        <translation>%1 больше %2 МБ; отчеты nmap такого размера не принимаются</translation>
    </message>
    <message>
        <source>%1 is larger than %2 MB; a lesson file that large is refused</source>
        <translation>%1 больше %2 МБ; файлы уроков такого размера не принимаются</translation>
    </message>
    <message>
        <source>%1 is larger than %2 MB; an answer file that large is refused</source>
        <translation>%1 больше %2 МБ; файлы ответов такого размера не принимаются</translation>
    </message>
</context>
<context>
    <name>Validator</name>
    <message>
        <source>%1 has no %2 role (servers in zone %3).</source>
        <translation>В %1 нет роли %2 (серверы в зоне %3).</translation>
    </message>
    <message>
        <source>Exchange 2000/2003 back-end servers belong on the internal network: Microsoft&apos;s front-end/back-end guide puts only front-end servers in the perimeter, and a back-end there needs the whole Active Directory and RPC port set opened to it (zone %1).</source>
        <translation>Внутренние (back-end) серверы Exchange 2000/2003 должны находиться во внутренней сети: руководство Microsoft по топологии front-end/back-end размещает в сети периметра только внешние (front-end) серверы, а для внутреннего сервера там потребуется открыть весь набор портов Active Directory и RPC (зона %1).</translation>
    </message>
    <message>
        <source>Microsoft does not support %1 servers in a perimeter or outside network (zone %2); only Edge Transport belongs there (S5).</source>
        <translation>Microsoft не поддерживает размещение серверов %1 в сети периметра или во внешней сети (зона %2); там должны находиться только серверы Edge Transport (S5).</translation>
    </message>
    <message>
        <source>Edge Transport servers belong in the perimeter network, outside the Active Directory forest (zone %1).</source>
        <translation>Серверы Edge Transport должны находиться в сети периметра, за пределами леса Active Directory (зона %1).</translation>
    </message>
    <message>
        <source>A domain controller in zone %1 exposes Active Directory outside the internal network.</source>
        <translation>Контроллер домена в зоне %1 открывает доступ к Active Directory за пределами внутренней сети.</translation>
    </message>
    <message>
        <source>Microsoft does not support restricting traffic between internal Exchange servers, or between them and domain controllers (Exchange 2013 and later): the firewall between %1 and %2 must allow all ports between these servers, or they must share a zone (S1).</source>
        <translation>Microsoft не поддерживает ограничение трафика между внутренними серверами Exchange, а также между ними и контроллерами домена (Exchange 2013 и более поздние версии): брандмауэр между %1 и %2 должен разрешать все порты между этими серверами, либо серверы должны находиться в одной зоне (S1).</translation>
    </message>
    <message>
        <source>Dynamic RPC crosses the boundary from %1 to %2 (TCP %3): the firewall must open a wide port range. Use static RPC ports (Exchange 2010), RPC over HTTP or keep these servers in one zone.</source>
        <translation>Динамический RPC пересекает границу из %1 в %2 (TCP %3): в брандмауэре придется открыть широкий диапазон портов. Используйте статические порты RPC (Exchange 2010), RPC через HTTP или разместите эти серверы в одной зоне.</translation>
    </message>
    <message>
        <source>The RPC Client Access and Address Book services cannot share static port %1.</source>
        <translation>Служба клиентского доступа RPC и служба адресной книги не могут использовать один и тот же статический порт %1.</translation>
    </message>
    <message>
        <source>Static RPC ports apply to Exchange 2010 Client Access and public folder Mailbox servers; this deployment has none, so the option changes no rule (S11).</source>
        <translation>Статические порты RPC применяются к серверам клиентского доступа Exchange 2010 и серверам почтовых ящиков с общедоступными папками; в этом развертывании таких серверов нет, поэтому параметр не изменяет ни одного правила (S11).</translation>
    </message>
    <message>
        <source>No Hub Transport (2007/2010) or Mailbox (2013 and later) server can subscribe the Edge Transport servers: EdgeSync needs one in the organisation, and without it the Edge neither relays inbound mail nor learns recipients (S6).</source>
        <translation>Ни один сервер Hub Transport (2007/2010) или сервер почтовых ящиков (2013 и более поздние версии) не может оформить подписку для серверов Edge Transport: для EdgeSync такой сервер должен быть в организации, а без него сервер Edge не пересылает входящую почту и не получает сведения о получателях (S6).</translation>
    </message>
    <message>
        <source>POP3/IMAP4 without TLS (TCP %1) is open to the Internet: passwords and mail cross it in clear. Offer only 995/993 outside.</source>
        <translation>POP3/IMAP4 без TLS (TCP %1) доступен из Интернета: пароли и почта передаются через него открытым текстом. Извне предоставляйте доступ только к портам 995/993.</translation>
    </message>
    <message>
        <source>Option %1 has no effect: %2 does not have this service.</source>
        <translation>Параметр %1 ни на что не влияет: в %2 нет этой службы.</translation>
    </message>
    <message numerus="yes">
        <source>%1 and %n more</source>
        <comment>servers</comment>
        <translation>
            <numerusform>%1 и еще %n</numerusform>
            <numerusform>%1 и еще %n</numerusform>
            <numerusform>%1 и еще %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Microsoft does not support a firewall between Exchange 2010 servers, or between Exchange 2010 Mailbox or Client Access servers and Active Directory: the firewall between %1 and %2 must allow all ports between these servers, or they must share a zone (M5).</source>
        <translation>Microsoft не поддерживает брандмауэр между серверами Exchange 2010, а также между серверами почтовых ящиков или клиентского доступа Exchange 2010 и Active Directory: брандмауэр между %1 и %2 должен разрешать все порты между этими серверами, либо серверы должны находиться в одной зоне (M5).</translation>
    </message>
    <message>
        <source>POP3/IMAP4 on TCP %1 is open to the Internet. It starts unencrypted, but by default Exchange 2010 and later accept a login only after the client has started TLS (LoginType SecureLogin; M1, M2). Keep that setting, or offer only 995/993 outside.</source>
        <translation>POP3/IMAP4 на TCP %1 доступен из Интернета. Соединение начинается без шифрования, но по умолчанию Exchange 2010 и более поздние версии принимают вход только после того, как клиент включил TLS (LoginType SecureLogin; M1, M2). Сохраните этот параметр или извне предоставляйте доступ только к портам 995/993.</translation>
    </message>
    <message>
        <source>Option %1 changes no rule: in %2, %3 is a server role of its own. Add %3 servers to the deployment for its ports.</source>
        <translation>Параметр %1 не изменяет ни одного правила: в %2 «%3» — отдельная роль сервера. Добавьте в развертывание серверы с ролью «%3», чтобы получить ее порты.</translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <translation>%1 и %2</translation>
    </message>
    <message>
        <source>Exchange 2007 seeds CCR and SCR database copies over a random TCP port (S16) that no firewall rule can name: between %1, allow all TCP between these Mailbox servers while seeding, or seed offline.</source>
        <translation>Exchange 2007 выполняет начальное заполнение копий баз CCR и SCR через случайный TCP-порт (S16), который нельзя указать в правиле брандмауэра: между %1 разрешите на время заполнения весь TCP-трафик между этими серверами почтовых ящиков или выполните заполнение автономно.</translation>
    </message>
    <message>
        <source>Exchange 2007 and earlier may talk through the firewall between %1 and %2 on the ports of Microsoft&apos;s data path tables (S16; for 2000/2003 front-end and back-end servers S23): the rules here are those ports. Microsoft&apos;s later rule against any such firewall covers Exchange 2010 (M5) and 2013 and later (S1).</source>
        <translation>Exchange 2007 и более ранние версии могут работать через брандмауэр между %1 и %2 по портам из таблиц путей данных Microsoft (S16; для внешних и внутренних серверов 2000/2003 — S23): правила здесь — это именно эти порты. Более позднее правило Microsoft против любого такого брандмауэра относится к Exchange 2010 (M5) и к 2013 и более поздним версиям (S1).</translation>
    </message>
    <message>
        <source>The dynamic RPC range %1 of %2 is not a port range: the first port must be from 1 to 65535 and not above the last.</source>
        <translation>Динамический диапазон RPC %1 для %2 не является диапазоном портов: первый порт должен быть от 1 до 65535 и не больше последнего.</translation>
    </message>
    <message>
        <source>The dynamic RPC range %1 of %2 has %3 ports; Windows needs at least %4 (S46).</source>
        <translation>Динамический диапазон RPC %1 для %2 содержит %3 портов; Windows требует не менее %4 (S46).</translation>
    </message>
    <message>
        <source>the deployment</source>
        <translation>развёртывания</translation>
    </message>
    <message>
        <source>%1 has its own dynamic RPC range, but none of its roles accepts dynamic RPC connections, so the range changes no rule.</source>
        <translation>У %1 задан собственный динамический диапазон RPC, но ни одна из его ролей не принимает динамические подключения RPC, поэтому диапазон не меняет ни одного правила.</translation>
    </message>
    <message>
        <source>%1 is marked to carry hybrid mail flow, but none of its roles can in %2: Exchange Online connects to Edge Transport (2010 and later), Hub Transport (2010), Client Access (2013) or Mailbox (2016 and later) servers (M20).</source>
        <translation>%1 отмечен для гибридного почтового потока, но ни одна из его ролей не может передавать его в %2: Exchange Online подключается к серверам пограничного транспорта (2010 и новее), транспортного концентратора (2010), клиентского доступа (2013) или почтовых ящиков (2016 и новее) (M20).</translation>
    </message>
    <message>
        <source>Hybrid mail flow is marked on %1, but the hybrid option is off, so the mark changes no rule.</source>
        <translation>Гибридный почтовый поток отмечен на %1, но параметр hybrid выключен, поэтому отметка не меняет ни одного правила.</translation>
    </message>
    <message>
        <source>%1 is marked as holding a public folder database, but none of its roles takes Outlook&apos;s public folder connections in %2: only Exchange 2010 Mailbox servers do (S11).</source>
        <translation>%1 отмечен как сервер с базой данных общих папок, но ни одна из его ролей в %2 не принимает подключения Outlook к общим папкам: это делают только серверы почтовых ящиков Exchange 2010 (S11).</translation>
    </message>
    <message>
        <source>The Unified Messaging RTP range %1-%2 is not a valid port range (1-65535, first not above last); the matrix has no RTP rule until it is (S4).</source>
        <translation>Диапазон RTP единой системы обмена сообщениями %1-%2 не является допустимым диапазоном портов (1-65535, первый не больше последнего); пока это так, в матрице нет правила RTP (S4).</translation>
    </message>
    <message>
        <source>Reverse proxy %1 offloads TLS, but Microsoft does not support SSL offloading for %2 (%3): the matrix keeps HTTPS from the proxy to those servers. Use SSL bridging.</source>
        <translation>Обратный прокси %1 выполняет разгрузку TLS, но Microsoft не поддерживает разгрузку SSL для %2 (%3): матрица сохраняет HTTPS от прокси к этим серверам. Используйте мостовой режим SSL.</translation>
    </message>
    <message>
        <source>The reverse proxy pre-authenticates users, but the hybrid endpoints (/ews/exchange.asmx/wssecurity, /autodiscover/autodiscover.svc, /ews/mrsproxy.svc) do not support pre-authentication: publish them as pass-through (S5).</source>
        <translation>Обратный прокси выполняет предварительную аутентификацию, но гибридные конечные точки (/ews/exchange.asmx/wssecurity, /autodiscover/autodiscover.svc, /ews/mrsproxy.svc) её не поддерживают: публикуйте их в режиме сквозной передачи (S5).</translation>
    </message>
    <message>
        <source>RPC Client Access</source>
        <translation>клиентского доступа RPC</translation>
    </message>
    <message>
        <source>Address Book</source>
        <translation>адресной книги</translation>
    </message>
    <message>
        <source>The static %1 port %2 is outside 1024-65535, which the Exchange Best Practices Analyzer treats as an error (S12).</source>
        <translation>Статический порт %1 %2 вне диапазона 1024-65535, что Exchange Best Practices Analyzer считает ошибкой (S12).</translation>
    </message>
    <message>
        <source>The static %1 port %2 is outside Microsoft&apos;s recommended range %3 (S12).</source>
        <translation>Статический порт %1 %2 вне рекомендованного Microsoft диапазона %3 (S12).</translation>
    </message>
    <message>
        <source>The static %1 port %2 on %3 is outside 1024-65535, which the Exchange Best Practices Analyzer treats as an error (S12).</source>
        <translation>Статический порт %1 %2 на %3 вне диапазона 1024-65535, что Exchange Best Practices Analyzer считает ошибкой (S12).</translation>
    </message>
    <message>
        <source>The static %1 port %2 on %3 is outside Microsoft&apos;s recommended range %4 (S12).</source>
        <translation>Статический порт %1 %2 на %3 вне рекомендованного Microsoft диапазона %4 (S12).</translation>
    </message>
    <message>
        <source>Public folder databases are marked on %1, but the public folder databases option is off, so the mark changes no rule.</source>
        <translation>На %1 отмечены базы данных общих папок, но параметр «Базы данных общих папок» выключен, поэтому отметка не меняет ни одного правила.</translation>
    </message>
</context>
<context>
    <name>Vocabulary</name>
    <message>
        <source>Internet</source>
        <translation>Интернет</translation>
    </message>
    <message>
        <source>Perimeter (DMZ)</source>
        <translation>Сеть периметра (DMZ)</translation>
    </message>
    <message>
        <source>Internal network</source>
        <translation>Внутренняя сеть</translation>
    </message>
    <message>
        <source>Cloud</source>
        <translation>Облако</translation>
    </message>
    <message>
        <source>Front-end server</source>
        <translation>Внешний (front-end) сервер</translation>
    </message>
    <message>
        <source>Exchange 2000/2003 front-end: proxies OWA, POP3, IMAP4, SMTP and RPC over HTTP to the back-end servers; holds no mailboxes.</source>
        <translation>Внешний (front-end) сервер Exchange 2000/2003: перенаправляет OWA, POP3, IMAP4, SMTP и RPC через HTTP на внутренние (back-end) серверы через прокси; не содержит почтовых ящиков.</translation>
    </message>
    <message>
        <source>Back-end server</source>
        <translation>Внутренний (back-end) сервер</translation>
    </message>
    <message>
        <source>Exchange 2000/2003 server that holds the mailbox and public folder stores (a single-server organisation is a back-end).</source>
        <translation>Сервер Exchange 2000/2003, содержащий хранилища почтовых ящиков и общедоступных папок (в организации из одного сервера он является внутренним).</translation>
    </message>
    <message>
        <source>Mailbox</source>
        <translation>Почтовый ящик</translation>
    </message>
    <message>
        <source>Holds mailbox databases; from 2016 on it also runs the Client Access and transport services.</source>
        <translation>Содержит базы данных почтовых ящиков; начиная с 2016 также выполняет службы клиентского доступа и транспорта.</translation>
    </message>
    <message>
        <source>Client Access</source>
        <translation>Клиентский доступ</translation>
    </message>
    <message>
        <source>Accepts client connections (HTTPS, POP3, IMAP4, MAPI in 2010) and proxies or redirects them to Mailbox servers.</source>
        <translation>Принимает клиентские подключения (HTTPS, POP3, IMAP4, MAPI в 2010) и передает их через прокси или перенаправляет на серверы почтовых ящиков.</translation>
    </message>
    <message>
        <source>Hub Transport</source>
        <translation>Hub Transport</translation>
    </message>
    <message>
        <source>Routes all mail inside the organisation and to and from a subscribed Edge.</source>
        <translation>Маршрутизирует всю почту внутри организации, а также к подписанному серверу Edge и от него.</translation>
    </message>
    <message>
        <source>Unified Messaging</source>
        <translation>Единая система обмена сообщениями</translation>
    </message>
    <message>
        <source>Voice mail and voice access as a server role (2007/2010). In 2013 and 2016 UM runs as services on Client Access and Mailbox servers (the Unified Messaging services option); 2019 has no UM.</source>
        <translation>Голосовая почта и голосовой доступ в виде роли сервера (2007/2010). В 2013 и 2016 UM работает в виде служб на серверах клиентского доступа и почтовых ящиков (параметр «Службы единой системы обмена сообщениями»); в 2019 UM нет.</translation>
    </message>
    <message>
        <source>Edge Transport</source>
        <translation>Edge Transport</translation>
    </message>
    <message>
        <source>Internet-facing mail gateway in the perimeter network, outside the Active Directory forest; subscribed to the organisation by EdgeSync.</source>
        <translation>Почтовый шлюз с выходом в Интернет в сети периметра, за пределами леса Active Directory; подписан на организацию с помощью EdgeSync.</translation>
    </message>
    <message>
        <source>Domain controller</source>
        <translation>Контроллер домена</translation>
    </message>
    <message>
        <source>Active Directory domain controller and global catalog, with AD-integrated DNS: LDAP, global catalog, Kerberos, DNS and RPC.</source>
        <translation>Контроллер домена Active Directory и глобальный каталог с интегрированной в AD службой DNS: LDAP, глобальный каталог, Kerberos, DNS и RPC.</translation>
    </message>
    <message>
        <source>Reverse proxy</source>
        <translation>Обратный прокси-сервер</translation>
    </message>
    <message>
        <source>Publishes Exchange&apos;s HTTPS services from the perimeter into the internal network (ISA/TMG, WAP, a load balancer or port mapping).</source>
        <translation>Публикует HTTPS-службы Exchange из сети периметра во внутреннюю сеть (ISA/TMG, WAP, балансировщик нагрузки или сопоставление портов).</translation>
    </message>
    <message>
        <source>SMTP relay</source>
        <translation>SMTP-ретранслятор</translation>
    </message>
    <message>
        <source>A non-Exchange SMTP gateway (for example sendmail or Postfix in a DMZ) that receives Internet mail and relays it inside.</source>
        <translation>SMTP-шлюз, не относящийся к Exchange (например, sendmail или Postfix в DMZ), который принимает почту из Интернета и пересылает ее во внутреннюю сеть.</translation>
    </message>
    <message>
        <source>Witness server</source>
        <translation>Сервер-свидетель</translation>
    </message>
    <message>
        <source>File share witness of a database availability group (DAG).</source>
        <translation>Файловый ресурс-свидетель группы обеспечения доступности баз данных (DAG).</translation>
    </message>
    <message>
        <source>VoIP gateway / IP PBX</source>
        <translation>VoIP-шлюз / IP-АТС</translation>
    </message>
    <message>
        <source>IP gateway, IP PBX or session border controller that talks SIP and RTP to Unified Messaging.</source>
        <translation>IP-шлюз, IP-АТС или пограничный контроллер сеансов (SBC), обменивающийся данными SIP и RTP с единой системой обмена сообщениями.</translation>
    </message>
    <message>
        <source>DNS server</source>
        <translation>DNS-сервер</translation>
    </message>
    <message>
        <source>A DNS resolver outside Active Directory; zones of kind internet implicitly hold public DNS.</source>
        <translation>DNS-сопоставитель вне Active Directory; зоны типа &quot;Интернет&quot; неявно содержат общедоступные DNS-серверы.</translation>
    </message>
    <message>
        <source>Internet mail servers</source>
        <translation>Почтовые серверы Интернета</translation>
    </message>
    <message>
        <source>Remote mail transfer agents that send mail to the organisation and receive its outbound mail.</source>
        <translation>Удаленные агенты передачи почты (MTA), которые отправляют почту в организацию и принимают ее исходящую почту.</translation>
    </message>
    <message>
        <source>Outlook clients</source>
        <translation>Клиенты Outlook</translation>
    </message>
    <message>
        <source>Outlook desktop: MAPI/RPC, Outlook Anywhere (RPC over HTTP) or MAPI over HTTP, and Autodiscover.</source>
        <translation>Классическое приложение Outlook: MAPI/RPC, Outlook Anywhere (RPC через HTTP) или MAPI через HTTP, а также Autodiscover.</translation>
    </message>
    <message>
        <source>Web browsers</source>
        <translation>Веб-браузеры</translation>
    </message>
    <message>
        <source>Outlook Web Access / Outlook on the web and the admin center in a browser.</source>
        <translation>Outlook Web Access / Outlook в Интернете и центр администрирования в браузере.</translation>
    </message>
    <message>
        <source>Mobile devices</source>
        <translation>Мобильные устройства</translation>
    </message>
    <message>
        <source>Exchange ActiveSync phones and tablets.</source>
        <translation>Телефоны и планшеты с Exchange ActiveSync.</translation>
    </message>
    <message>
        <source>POP3/IMAP4 clients</source>
        <translation>Клиенты POP3/IMAP4</translation>
    </message>
    <message>
        <source>Standards-based mail clients that read mail over POP3 or IMAP4.</source>
        <translation>Стандартные почтовые клиенты, которые получают почту по протоколу POP3 или IMAP4.</translation>
    </message>
    <message>
        <source>SMTP clients</source>
        <translation>Клиенты SMTP</translation>
    </message>
    <message>
        <source>Clients and applications that submit mail over authenticated SMTP.</source>
        <translation>Клиенты и приложения, отправляющие почту по SMTP с проверкой подлинности.</translation>
    </message>
    <message>
        <source>Exchange Online</source>
        <translation>Exchange Online</translation>
    </message>
    <message>
        <source>Microsoft 365 Exchange Online endpoints of a hybrid deployment.</source>
        <translation>Конечные точки Exchange Online в Microsoft 365 для гибридного развертывания.</translation>
    </message>
    <message>
        <source>Admin workstations</source>
        <translation>Рабочие станции администраторов</translation>
    </message>
    <message>
        <source>Administrators&apos; machines running Exchange management tools.</source>
        <translation>Компьютеры администраторов со средствами управления Exchange.</translation>
    </message>
    <message>
        <source>Chat, IM and conferencing clients</source>
        <translation>Клиенты чата, IM и конференций</translation>
    </message>
    <message>
        <source>NetMeeting, IRC/IRCX chat and Exchange Instant Messaging (RVP) clients of Exchange 2000.</source>
        <translation>Клиенты NetMeeting, чата IRC/IRCX и Exchange Instant Messaging (RVP) для Exchange 2000.</translation>
    </message>
    <message>
        <source>News readers</source>
        <translation>Программы чтения новостей</translation>
    </message>
    <message>
        <source>NNTP clients that read and post to public folder newsgroups (Exchange 2000/2003).</source>
        <translation>Клиенты NNTP, которые читают и публикуют сообщения в группах новостей общих папок (Exchange 2000/2003).</translation>
    </message>
    <message>
        <source>Hybrid Agent</source>
        <translation>Гибридный агент</translation>
    </message>
    <message>
        <source>Microsoft Hybrid Agent (Modern Hybrid): relays Exchange Online&apos;s free/busy requests and mailbox migrations to the Exchange server chosen in the Hybrid Configuration Wizard, over outbound connections only.</source>
        <translation>Гибридный агент Microsoft (современная гибридная топология): передаёт запросы сведений о занятости и миграции почтовых ящиков из Exchange Online на сервер Exchange, выбранный в мастере гибридной конфигурации, только по исходящим подключениям.</translation>
    </message>
    <message>
        <source>Inbound Internet mail</source>
        <translation>Входящая почта из Интернета</translation>
    </message>
    <message>
        <source>Outbound Internet mail</source>
        <translation>Исходящая почта в Интернет</translation>
    </message>
    <message>
        <source>Mail between the organisation&apos;s servers</source>
        <translation>Почта между серверами организации</translation>
    </message>
    <message>
        <source>Spam filtering (sender reputation)</source>
        <translation>Фильтрация нежелательной почты (репутация отправителя)</translation>
    </message>
    <message>
        <source>Outlook on the web, ActiveSync and Outlook over HTTPS</source>
        <translation>Outlook в Интернете, ActiveSync и Outlook через HTTPS</translation>
    </message>
    <message>
        <source>Outlook on the web</source>
        <translation>Outlook в Интернете</translation>
    </message>
    <message>
        <source>ActiveSync (mobile devices)</source>
        <translation>ActiveSync (мобильные устройства)</translation>
    </message>
    <message>
        <source>Outlook desktop</source>
        <translation>Настольный Outlook</translation>
    </message>
    <message>
        <source>Public folders</source>
        <translation>Общедоступные папки</translation>
    </message>
    <message>
        <source>POP3 and IMAP4 clients</source>
        <translation>Клиенты POP3 и IMAP4</translation>
    </message>
    <message>
        <source>Mail sent by SMTP clients and applications</source>
        <translation>Почта, отправляемая SMTP-клиентами и приложениями</translation>
    </message>
    <message>
        <source>EdgeSync</source>
        <translation>EdgeSync</translation>
    </message>
    <message>
        <source>DAG replication and failover</source>
        <translation>Репликация DAG и отработка отказа</translation>
    </message>
    <message>
        <source>Directory and authentication</source>
        <translation>Каталог и проверка подлинности</translation>
    </message>
    <message>
        <source>Name resolution (DNS)</source>
        <translation>Разрешение имён (DNS)</translation>
    </message>
    <message>
        <source>Mail between on-premises and Exchange Online</source>
        <translation>Почта между локальной средой и Exchange Online</translation>
    </message>
    <message>
        <source>Hybrid free/busy, MailTips and mailbox moves</source>
        <translation>Гибридные сведения о занятости, подсказки MailTips и перемещение почтовых ящиков</translation>
    </message>
    <message>
        <source>Voice mail (Unified Messaging)</source>
        <translation>Голосовая почта (единая система обмена сообщениями)</translation>
    </message>
    <message>
        <source>Administration and setup</source>
        <translation>Администрирование и настройка</translation>
    </message>
    <message>
        <source>Newsgroups (NNTP)</source>
        <translation>Группы новостей (NNTP)</translation>
    </message>
    <message>
        <source>Conferencing, chat and instant messaging</source>
        <translation>Конференции, чат и мгновенные сообщения</translation>
    </message>
</context>
<context>
    <name>WarningsPanel</name>
    <message>
        <source>Error</source>
        <translation>Ошибка</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Предупреждение</translation>
    </message>
    <message>
        <source>Information</source>
        <translation>Сведения</translation>
    </message>
    <message>
        <source>%1. Click to select %2.</source>
        <translation>%1. Щёлкните, чтобы выбрать: %2.</translation>
    </message>
</context>
<context>
    <name>WhatIf</name>
    <message numerus="yes">
        <source>%1 and %n more</source>
        <translation>
            <numerusform>%1 и ещё %n</numerusform>
            <numerusform>%1 и ещё %n</numerusform>
            <numerusform>%1 и ещё %n</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 → %2 (%3, %4)</source>
        <comment>who → whom (service, port)</comment>
        <translation>%1 → %2 (%3, %4)</translation>
    </message>
</context>
<context>
    <name>WhatIfActions</name>
    <message>
        <source>Consequences</source>
        <translation>Последствия</translation>
    </message>
    <message>
        <source>&amp;Unblock All (What-if)</source>
        <translation>&amp;Разблокировать всё (что если)</translation>
    </message>
    <message>
        <source>&amp;Block (What-if)</source>
        <translation>&amp;Заблокировать (что если)</translation>
    </message>
    <message>
        <source>&amp;Unblock (What-if)</source>
        <translation>&amp;Разблокировать (что если)</translation>
    </message>
    <message>
        <source>Block One &amp;Rule (What-if)</source>
        <translation>Заблокировать одно &amp;правило (что если)</translation>
    </message>
    <message>
        <source>%1 %2 %3 (%4 → %5)</source>
        <translation>%1 %2 %3 (%4 → %5)</translation>
    </message>
    <message>
        <source>&amp;Open an Extra Port (What-if)…</source>
        <translation>&amp;Открыть дополнительный порт (что если)…</translation>
    </message>
</context>
<context>
    <name>WhatIfBar</name>
    <message>
        <source>Unblock All</source>
        <translation>Разблокировать всё</translation>
    </message>
    <message numerus="yes">
        <source>What-if: %n rule(s) blocked. The deployment, its file and its exports stay as they are.</source>
        <translation>
            <numerusform>Что если: заблокировано %n правило. Развёртывание, его файл и экспорт остаются без изменений.</numerusform>
            <numerusform>Что если: заблокировано %n правила. Развёртывание, его файл и экспорт остаются без изменений.</numerusform>
            <numerusform>Что если: заблокировано %n правил. Развёртывание, его файл и экспорт остаются без изменений.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WindowsFirewallWriter</name>
    <message>
        <source>cannot write the script: the output is not open for writing</source>
        <translation>не удаётся записать сценарий: вывод не открыт для записи</translation>
    </message>
    <message>
        <source>no server &quot;%1&quot; in the deployment</source>
        <translation>в развёртывании нет сервера &quot;%1&quot;</translation>
    </message>
    <message>
        <source>cannot write the script: %1</source>
        <translation>не удаётся записать сценарий: %1</translation>
    </message>
    <message>
        <source>the Windows Firewall rules need the addresses connections come from; fill in or correct:
  %1</source>
        <translation>правилам брандмауэра Windows нужны адреса, с которых приходят подключения; дополните или исправьте:
  %1</translation>
    </message>
</context>
<context>
    <name>ZoneInspector</name>
    <message>
        <source>Default</source>
        <translation>По умолчанию</translation>
    </message>
    <message>
        <source>Stands for the actors of its kind</source>
        <translation>Представляет участников своего типа зоны</translation>
    </message>
    <message>
        <source>Choose the lane colour</source>
        <translation>Выбрать цвет зоны на схеме</translation>
    </message>
    <message>
        <source>Use the tint of the zone&apos;s kind</source>
        <translation>Использовать оттенок типа зоны</translation>
    </message>
    <message>
        <source>An Internet zone stands for the Internet&apos;s mail servers and remote clients, a LAN for the internal clients, without placing them as servers.</source>
        <translation>Зона Интернета представляет почтовые серверы и удаленных клиентов в Интернете, а локальная сеть — внутренних клиентов, без размещения их в виде серверов.</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Имя:</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>Тип:</translation>
    </message>
    <message>
        <source>Colour:</source>
        <translation>Цвет:</translation>
    </message>
    <message>
        <source>Implicit actors</source>
        <translation>Неявные участники</translation>
    </message>
    <message>
        <source>Kind&apos;s tint</source>
        <translation>Оттенок типа</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Нет</translation>
    </message>
    <message>
        <source>Servers (%1)</source>
        <translation>Серверы (%1)</translation>
    </message>
    <message>
        <source>Zone Colour</source>
        <translation>Цвет зоны</translation>
    </message>
    <message>
        <source>The zone&apos;s networks in CIDR notation, one a line or separated by commas: what the firewall rules match for servers without an address of their own.</source>
        <translation>Сети зоны в нотации CIDR, по одной в строке или через запятую: с ними сопоставляются правила межсетевого экрана для серверов без собственного адреса.</translation>
    </message>
    <message>
        <source>Networks</source>
        <translation>Сети</translation>
    </message>
    <message>
        <source>Firewalls</source>
        <translation>Межсетевые экраны</translation>
    </message>
    <message>
        <source>any address</source>
        <translation>любой адрес</translation>
    </message>
    <message>
        <source>none; one network a line, such as 192.0.2.0/24</source>
        <translation>нет; по одной сети в строке, например 192.0.2.0/24</translation>
    </message>
    <message>
        <source>%1, interface %2</source>
        <translation>%1, интерфейс %2</translation>
    </message>
    <message>
        <source>None: no firewall joins this zone.</source>
        <translation>Нет: ни один межсетевой экран не соединяет эту зону.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is listed twice.</source>
        <translation>«%1» указана дважды.</translation>
    </message>
    <message>
        <source>Runs on %1: its servers are the firewall host</source>
        <translation>Работает на %1: её серверы — это узел межсетевого экрана</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Plan, draw and check Exchange network layouts.</source>
        <translation>Планирование, построение и проверка сетевых схем Exchange.</translation>
    </message>
    <message>
        <source>Save a picture of the window to PATH and quit.</source>
        <translation>Сохранить изображение окна в PATH и выйти.</translation>
    </message>
    <message>
        <source>A .portolan file to open.</source>
        <translation>Открываемый файл .portolan.</translation>
    </message>
    <message>
        <source>Show the interface in LANGUAGE (de, ru, en) instead of the system&apos;s.</source>
        <translation>Показывать интерфейс на языке LANGUAGE (de, ru, en) вместо языка системы.</translation>
    </message>
    <message>
        <source>Open the window SIZE pixels large, e.g. 1600x1000.</source>
        <translation>Открыть окно размером SIZE пикселей, например 1600x1000.</translation>
    </message>
    <message>
        <source>--size &quot;%1&quot; is not WIDTHxHEIGHT in pixels, e.g. 1600x1000.</source>
        <translation>--size «%1» — не размер ШИРИНАxВЫСОТА в пикселях, например 1600x1000.</translation>
    </message>
    <message>
        <source>Portolan shows a Microsoft Exchange deployment as zones (Internet, DMZ, LAN, ...) with servers and their roles, every flow those roles need and the ports each firewall must open, each traced to Microsoft&apos;s documentation. Drag a role from the palette into a zone and the port matrix, the warnings and the firewall rules follow at once.

Without a file it starts from the default template; unsaved work left by a crash is offered first. portolan-cli does the same work without a window.</source>
        <translation>Portolan показывает развёртывание Microsoft Exchange как зоны (Интернет, DMZ, LAN, ...) с серверами и их ролями, каждый поток, нужный этим ролям, и порты, которые должен открыть каждый межсетевой экран, — каждый со ссылкой на документацию Microsoft. Перетащите роль из палитры в зону, и матрица портов, предупреждения и правила межсетевого экрана сразу обновятся.

Без файла программа начинает с шаблона по умолчанию; несохранённая работа, оставшаяся после сбоя, предлагается первой. portolan-cli делает то же самое без окна.</translation>
    </message>
</context>
</TS>
