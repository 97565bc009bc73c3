/**
 * The one script of the forms, inlined and allowed by its SHA-256 hash in the Content-Security-
 * Policy (like the access key's copy script). It only enhances: every form works without it.
 * Rows are added and removed in place; occupations are searched as one types and previewed;
 * a role's title suggests occupations; a skill's name tells whether a 新八级 level applies;
 * the skill suggestions follow the chosen occupations; the description shows its length.
 * It reads only public, read-only API routes (`connect-src 'self'`).
 */
export const FORM_SCRIPT = `(function(){
var d=document;
function q(el,s){return el.querySelector(s);}
function qa(el,s){return Array.prototype.slice.call(el.querySelectorAll(s));}
function later(f,ms){var t;return function(){clearTimeout(t);t=setTimeout(f,ms);};}
function json(url,init){return fetch(url,init||{headers:{accept:'application/json'}}).then(function(r){if(!r.ok)throw new Error(String(r.status));return r.json();});}
function say(t,vals){return String(t||'').replace(/\\{(\\w+)\\}/g,function(_,k){return vals[k]===undefined?'':String(vals[k]);});}
function fire(el,name){el.dispatchEvent(new CustomEvent(name,{bubbles:true}));}
function renumber(box){qa(box,'[data-row]').forEach(function(row,i){
qa(row,'[data-num-label]').forEach(function(el){el.textContent=say(el.getAttribute('data-num-label'),{n:i+1});});
qa(row,'[data-num-aria]').forEach(function(el){el.setAttribute('aria-label',say(el.getAttribute('data-num-aria'),{n:i+1}));});});}
qa(d,'[data-rows]').forEach(function(box){
var list=q(box,'[data-rows-list]'),tpl=q(box,'template[data-row-template]'),add=q(box,'[data-row-add]');
var next=Number(box.getAttribute('data-next'))||0,max=Number(box.getAttribute('data-max'))||50;
function full(){if(add)add.hidden=qa(list,'[data-row]').length>=max;}
box.addEventListener('click',function(ev){var b=ev.target.closest('[data-row-remove]');if(!b||!box.contains(b))return;
ev.preventDefault();var row=b.closest('[data-row]');if(row)row.remove();renumber(box);full();fire(box,'rows-changed');if(add)add.focus();});
if(add&&tpl)add.addEventListener('click',function(ev){ev.preventDefault();var w=d.createElement('ol');
w.innerHTML=tpl.innerHTML.replace(/__i__/g,String(next++));var row=w.firstElementChild;if(!row)return;
list.appendChild(row);renumber(box);full();fire(row,'row-added');var f=q(row,'input,textarea,select');if(f)f.focus();});
full();});
function pickedCodes(box){return qa(box,'input[name="'+box.getAttribute('data-name')+'"]:checked').map(function(i){return i.value;}).filter(Boolean);}
qa(d,'[data-picker]').forEach(function(box){
var input=q(box,'[data-picker-query]'),btn=q(box,'[data-picker-search]'),opts=q(box,'[data-picker-options]'),tpl=q(box,'template[data-picker-item]'),status=q(box,'[data-picker-status]');
var preview=box.getAttribute('data-preview')==='true',seq=0;
function option(o){var w=d.createElement('div');w.innerHTML=tpl.innerHTML;var el=w.firstElementChild;
q(el,'input').value=o.code;q(el,'[data-slot=name]').textContent=o.name;q(el,'[data-slot=code]').textContent=o.code;
if(preview){var link=q(el,'[data-slot=link]');if(link)link.href='/occupations/'+encodeURIComponent(o.code);
json('/api/occupations/'+encodeURIComponent(o.code)).then(function(full){
q(el,'[data-slot=definition]').textContent=full.definition||'';var ul=q(el,'[data-slot=tasks]');ul.textContent='';
(full.tasks||[]).slice(0,4).forEach(function(t){var li=d.createElement('li');li.textContent=t.text;ul.appendChild(li);});}).catch(function(){});}
return el;}
function show(items){var have=pickedCodes(box);
qa(opts,'[data-picker-option]').forEach(function(el){var i=q(el,'input');if(!i.checked)el.remove();});
qa(opts,'[data-picker-intro]').forEach(function(el){el.remove();});
items.forEach(function(o){if(have.indexOf(o.code)<0)opts.appendChild(option(o));});}
function run(promise){var my=++seq;status.textContent=status.getAttribute('data-searching');
promise.then(function(items){if(my!==seq)return;show(items);
status.textContent=items.length?say(status.getAttribute('data-found'),{n:items.length}):status.getAttribute('data-none');})
.catch(function(){if(my===seq)status.textContent=status.getAttribute('data-failed');});}
function search(){var text=input.value.trim();if(!text)return;
run(json('/api/occupations?limit=8&q='+encodeURIComponent(text)).then(function(r){return r.items;}));}
input.addEventListener('input',later(search,300));
input.addEventListener('keydown',function(ev){if(ev.key==='Enter'){ev.preventDefault();search();}});
if(btn)btn.addEventListener('click',function(ev){ev.preventDefault();search();});
box.addEventListener('change',function(){fire(box,'picker-changed');});
var title=d.getElementById(box.getAttribute('data-classify-title')||''),desc=d.getElementById(box.getAttribute('data-classify-description')||'');
function suggest(){var t=title.value.trim();if(!t)return;var body={title:t};if(desc&&desc.value.trim())body.description=desc.value.trim();
run(json('/api/classify',{method:'POST',headers:{'content-type':'application/json',accept:'application/json'},body:JSON.stringify(body)}).then(function(r){return r.candidates;}));}
if(title){title.addEventListener('change',suggest);if(desc)desc.addEventListener('change',suggest);
var sb=q(d,'[data-suggest]');if(sb)sb.addEventListener('click',function(ev){ev.preventDefault();suggest();});}});
var skills=q(d,'[data-skills]');
if(skills){var picker=q(d,'[data-picker][data-name=occupationCodes]');
function codes(){return picker?pickedCodes(picker).join(','):'';}
function judge(row){var name=q(row,'[data-skill-name]'),field=q(row,'[data-level-field]'),note=q(row,'[data-ladder-note]');if(!name||!field||!note)return;
var v=name.value.trim();if(!v){field.hidden=false;note.textContent=skills.getAttribute('data-say-empty');return;}
json('/api/skills/ladder?name='+encodeURIComponent(v)+'&occupations='+encodeURIComponent(codes())).then(function(r){
if(name.value.trim()!==v)return;field.hidden=!r.applies;var sel=q(field,'select');if(!r.applies&&sel)sel.value='';
note.textContent=say(skills.getAttribute('data-say-'+r.reason),{skill:v,occupation:r.occupation?r.occupation.name:''});}).catch(function(){});}
function judgeAll(){qa(skills,'[data-row]').forEach(judge);}
skills.addEventListener('input',function(ev){var row=ev.target.closest('[data-row]');if(row&&ev.target.hasAttribute('data-skill-name')){if(!row._later)row._later=later(function(){judge(row);},400);row._later();}});
var list=d.getElementById(skills.getAttribute('data-suggestions')||'');
function refresh(){if(!list)return;json('/api/skills/suggestions?lang='+encodeURIComponent(list.getAttribute('data-lang')||'zh')+'&occupations='+encodeURIComponent(codes())).then(function(r){
list.textContent='';r.items.forEach(function(s){var o=d.createElement('option');o.value=s.name;list.appendChild(o);});}).catch(function(){});}
d.addEventListener('picker-changed',function(){refresh();judgeAll();});}
qa(d,'[data-describe]').forEach(function(area){var out=d.getElementById(area.getAttribute('data-describe')||'');if(!out)return;
var min=Number(area.getAttribute('data-min'))||0;
function count(){var n=Array.from(area.value.trim()).length;out.textContent=n?say(out.getAttribute('data-say'),{n:n}):'';out.className=n&&n<min?'hint warn-text':'hint';}
area.addEventListener('input',count);count();});
})();`;

/** The form script, for pages with forms (allowed by its hash in the CSP). */
export function FormScript() {
  return <script dangerouslySetInnerHTML={{ __html: FORM_SCRIPT }} />;
}
