//! Operations tagged by this module's tag.
/// Query, header and cookie parameters of [`super::Client::new2`].
#[derive(Debug, Clone, PartialEq, Default)]
pub struct New2Params {
    pub new2: ::std::option::Option<::std::string::String>,
    pub new3: ::std::option::Option<::std::string::String>,
    pub new4: ::std::option::Option<::std::string::String>,
}
impl New2Params {
    /// Sets `new2`.
    #[must_use]
    pub fn new2(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.new2 = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `new3`.
    #[must_use]
    pub fn new3(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.new3 = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `new4`.
    #[must_use]
    pub fn new4(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.new4 = ::std::option::Option::Some(value.into());
        self
    }
}
/// Headers of the Ok response of [`super::Client::new2`].
#[derive(Debug, Clone, PartialEq, Default)]
pub struct New2OkHeaders {
    pub new: ::std::option::Option<::std::string::String>,
}
/// Successful responses of [`super::Client::new2`].
#[derive(Debug, Clone, PartialEq)]
pub enum New2Response {
    /// ok
    Ok { body: super::types::Everything, headers: New2OkHeaders },
}
/// Documented error responses of [`super::Client::new2`].
#[derive(Debug, Clone, PartialEq)]
pub enum New2Error {
    /// error
    Default { status: u16, body: super::types::Error },
}
/// Documented error responses of [`super::Client::new_post`].
#[derive(Debug, Clone, PartialEq)]
pub enum NewPostError {}
impl super::Client {
    /// */ operation new "#
    ///
    /// `GET /op162/{new}`
    #[allow(unused_mut, clippy::too_many_arguments)]
    pub async fn new2(
        &self,
        new: &str,
        params: &New2Params,
    ) -> ::std::result::Result<New2Response, super::Error<New2Error>> {
        let mut url = ::std::string::String::from(self.base_url());
        url.push_str("/op162/");
        url.push_str(
            &super::runtime::path_param(
                "new",
                &super::runtime::to_value("new", &new)?,
                "simple",
                false,
            ),
        );
        let mut query: ::std::vec::Vec<(::std::string::String, ::std::string::String)> = ::std::vec::Vec::new();
        let mut headers: ::std::vec::Vec<(&'static str, ::std::string::String)> = ::std::vec::Vec::new();
        let mut cookies: ::std::vec::Vec<::std::string::String> = ::std::vec::Vec::new();
        if let Some(v) = &params.new2 {
            let v = super::runtime::to_value("new", v)?;
            super::runtime::push_param(&mut query, "new", &v, "form", true);
        }
        if let Some(v) = &params.new3 {
            let v = super::runtime::to_value("new", v)?;
            headers.push(("new", super::runtime::simple(&v, false)));
        }
        if let Some(v) = &params.new4 {
            let v = super::runtime::to_value("new", v)?;
            cookies
                .push(
                    format!(
                        "{}={}", "new", super::runtime::encode(& super::runtime::simple(&
                        v, true))
                    ),
                );
        }
        self.authorize(&[&[162usize]], &mut query, &mut headers, &mut cookies);
        if !query.is_empty() {
            url.push('?');
            url.push_str(&super::runtime::encode_pairs(&query));
        }
        let mut req = self.http_client().request(::reqwest::Method::GET, url);
        for (k, v) in headers {
            req = req.header(k, v);
        }
        for (k, v) in &self.headers {
            req = req.header(k.as_str(), v.as_str());
        }
        if !cookies.is_empty() {
            req = req.header("cookie", cookies.join("; "));
        }
        let req = self.run_request_hooks("new2", req).map_err(super::Error::Request)?;
        let sent = super::runtime::execute(self.http_client(), req, &self.retry);
        #[cfg(feature = "tracing")]
        let op_span = ::tracing::info_span!(
            "stipula.operation", operation = "new", method = "GET", path =
            "/op162/{new}", status = ::tracing::field::Empty
        );
        #[cfg(feature = "tracing")]
        let sent = ::tracing::Instrument::instrument(sent, op_span.clone());
        let sent = sent.await;
        #[cfg(feature = "tracing")]
        if let Ok((status, _, _)) = &sent {
            op_span.record("status", *status);
        }
        let (status, response_headers, bytes) = sent.map_err(super::Error::Request)?;
        self.run_response_hooks("new2", status, &response_headers);
        match status {
            200 => {
                let headers = New2OkHeaders {
                    new: super::runtime::optional_header(
                        &response_headers,
                        "new",
                        status,
                    )?,
                };
                Ok(New2Response::Ok {
                    body: super::runtime::decode_json::<
                        super::types::Everything,
                        New2Error,
                    >(status, &bytes)?,
                    headers,
                })
            }
            _ => {
                Err(
                    super::Error::Api(New2Error::Default {
                        status,
                        body: super::runtime::decode_json::<
                            super::types::Error,
                            New2Error,
                        >(status, &bytes)?,
                    }),
                )
            }
        }
    }
    /// `POST /op162/{new}`
    #[allow(unused_mut, clippy::too_many_arguments)]
    pub async fn new_post(
        &self,
        new: &str,
        body: &super::types::Union2,
    ) -> ::std::result::Result<super::types::Untagged, super::Error<NewPostError>> {
        let mut url = ::std::string::String::from(self.base_url());
        url.push_str("/op162/");
        url.push_str(
            &super::runtime::path_param(
                "new",
                &super::runtime::to_value("new", &new)?,
                "simple",
                false,
            ),
        );
        let mut query: ::std::vec::Vec<(::std::string::String, ::std::string::String)> = ::std::vec::Vec::new();
        let mut headers: ::std::vec::Vec<(&'static str, ::std::string::String)> = ::std::vec::Vec::new();
        let mut cookies: ::std::vec::Vec<::std::string::String> = ::std::vec::Vec::new();
        if !query.is_empty() {
            url.push('?');
            url.push_str(&super::runtime::encode_pairs(&query));
        }
        let mut req = self.http_client().request(::reqwest::Method::POST, url);
        for (k, v) in headers {
            req = req.header(k, v);
        }
        for (k, v) in &self.headers {
            req = req.header(k.as_str(), v.as_str());
        }
        if !cookies.is_empty() {
            req = req.header("cookie", cookies.join("; "));
        }
        {
            let b = body;
            let bytes = ::serde_json::to_vec(b)
                .map_err(|e| super::Error::Encode {
                    what: "request body",
                    message: e.to_string(),
                })?;
            req = req.header("content-type", "application/json").body(bytes);
        }
        let req = self
            .run_request_hooks("new_post", req)
            .map_err(super::Error::Request)?;
        let sent = super::runtime::execute(self.http_client(), req, &self.retry);
        #[cfg(feature = "tracing")]
        let op_span = ::tracing::info_span!(
            "stipula.operation", operation = "new_post", method = "POST", path =
            "/op162/{new}", status = ::tracing::field::Empty
        );
        #[cfg(feature = "tracing")]
        let sent = ::tracing::Instrument::instrument(sent, op_span.clone());
        let sent = sent.await;
        #[cfg(feature = "tracing")]
        if let Ok((status, _, _)) = &sent {
            op_span.record("status", *status);
        }
        let (status, response_headers, bytes) = sent.map_err(super::Error::Request)?;
        self.run_response_hooks("new_post", status, &response_headers);
        match status {
            201 => {
                Ok(
                    super::runtime::decode_json::<
                        super::types::Untagged,
                        NewPostError,
                    >(status, &bytes)?,
                )
            }
            _ => {
                Err(super::Error::UnexpectedStatus {
                    status,
                    body: bytes,
                })
            }
        }
    }
}
